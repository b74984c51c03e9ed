/** <copy-link>: copies its data-url to the clipboard and says so; without JavaScript the link stays selectable text. */
class CopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const status = this.querySelector<HTMLElement>('[role=status]')!;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(this.dataset.url!);
        status.textContent = 'Link copied.';
      } catch {
        status.textContent = 'Copying is blocked here; select the link above instead.';
      }
    });
  }
}
customElements.define('copy-link', CopyLink);
