/** <copy-link>: copies the page's own address (without query or fragment) to the clipboard and says so; without JavaScript the link stays selectable text. */
class CopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const status = this.querySelector<HTMLElement>('[role=status]')!;
    button.addEventListener('click', async () => {
      // The address the reader is on, wherever the site is served: a build's SITE may name another host.
      const url = new URL(location.pathname, location.origin).href;
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = 'Link copied.';
      } catch {
        status.textContent = 'Copying is blocked here; select the link above instead.';
      }
    });
  }
}
customElements.define('copy-link', CopyLink);
