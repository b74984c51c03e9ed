/** Driving the map's events layer in Chromium by its own state (data-zoom, the cluster plugin's animation class, marker tabindex), not by fixed delays. */
import type { Page } from 'playwright-core';

/** Until the clusters have stopped moving: the plugin marks the map pane while it animates, and CSS transitions run out. */
export async function mapSettled(page: Page) {
  await page.waitForFunction(
    () => document.querySelector('.leaflet-cluster-anim') === null && document.getAnimations().length === 0,
  );
}

/** Until an event marker in view takes focus: opens the first cluster, then waits for the map to zoom or the cluster to spread, and to settle. */
export async function openClustersToAMarker(page: Page, tries = 8) {
  for (let i = 0; i < tries && (await page.locator('.event-marker[tabindex="0"]').count()) === 0; i++) {
    const zoom = await page.locator('control-map').getAttribute('data-zoom');
    await page.locator('.marker-cluster[tabindex="0"]').first().click();
    await page.waitForFunction(
      (before) =>
        document.querySelector('control-map')?.getAttribute('data-zoom') !== before ||
        document.querySelector('.event-marker[tabindex="0"]') !== null,
      zoom,
    );
    await mapSettled(page);
  }
}
