import { serve, launch, watchedPage } from './tests/helpers/browser.ts';
const s = await serve('dist');
const b = await launch();
const w = await watchedPage(b);
await w.page.setViewportSize({ width: 1000, height: 1400 });
await w.page.goto(s.url + 'events/2020-11-08-shusha-capture-announced/');
await w.page.screenshot({ path: '/tmp/event.png', fullPage: false });
await b.close(); await s.close();
