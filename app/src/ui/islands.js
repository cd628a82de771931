// Wakes the page's islands; a page without one loads no WASM at all.
// Called with the package folder and the JS and WASM file names.
(async (pkg, js, wasm) => {
  // The reader's time zone, so that the server shows events' times on their
  // clocks too (without it, on the event's own).
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && !document.cookie.split('; ').includes(`tz=${zone}`)) {
    document.cookie = `tz=${zone}; Path=/; Max-Age=31536000; SameSite=Lax`;
  }
  const root = document.documentElement;
  const done = () => { root.dataset.hydrated = 'true'; };
  if (!document.querySelector('leptos-island')) return done();
  // Islands get their data as props: the renderer's data lists are empty, and
  // the server leaves their scripts out.
  for (const list of ['__RESOLVED_RESOURCES', '__SERIALIZED_ERRORS', '__PENDING_RESOURCES', '__RESOURCE_RESOLVERS', '__INCOMPLETE_CHUNKS']) {
    window[list] ??= [];
  }
  const app = await import(`/${pkg}/${js}.js`);
  await app.default({ module_or_path: `/${pkg}/${wasm}.wasm` });
  app.hydrate();
  // Outer islands first; an island inside another's children first sets the
  // owner those children were drawn with.
  const owners = [];
  const wake = async (node) => {
    for (const el of node.children) {
      if (el.localName === 'leptos-island') {
        const island = app[el.dataset.component];
        owners.at(-1)?.();
        if (island) await island(el);
        else console.warn(`no island ${el.dataset.component} in the WASM`);
        await wake(el);
      } else if (el.localName === 'leptos-children') {
        owners.push(el.$$on_hydrate);
        await wake(el);
        owners.pop();
      } else {
        await wake(el);
      }
    }
  };
  await wake(document.body);
  done();
})
