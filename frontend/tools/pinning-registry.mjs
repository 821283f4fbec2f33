// A tiny npm registry front used only while rebuilding the production bundle.
//
// Vaadin 25.2.5 asks npm for its web components at 25.2.6, which the npm registry we build
// against does not serve; 25.2.4 is complete there. Vaadin rewrites package.json (and its
// "overrides") on every build, so the versions cannot be pinned in package.json. Instead this
// front answers for @vaadin/* packages with 25.2.6 as an alias of the 25.2.4 release (same
// tarball, same integrity) and passes everything else through unchanged.
//
// Usage: node frontend/tools/pinning-registry.mjs PORT [UPSTREAM]
import http from 'node:http';

const port = Number(process.argv[2] ?? 0);
const upstream = (process.argv[3] ?? 'https://registry.npmjs.org').replace(/\/$/, '');
const WANTED = '25.2.6';
const SERVED = '25.2.4';

function aliasMissingRelease(name, packument) {
  if (!name.startsWith('@vaadin/') || !packument.versions) return packument;
  const served = packument.versions[SERVED];
  if (packument.versions[WANTED] || !served) return packument;
  packument.versions[WANTED] = { ...served, version: WANTED };
  if (packument.time) packument.time[WANTED] = packument.time[SERVED];
  return packument;
}

const server = http.createServer(async (req, res) => {
  try {
    const url = upstream + req.url;
    const isTarball = req.url.includes('/-/');
    // The full packument, not the abbreviated one: it carries the publish times npm's --before needs.
    const response = await fetch(url, { headers: { accept: isTarball ? '*/*' : 'application/json' } });
    if (isTarball || !response.ok) {
      res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream' });
      res.end(Buffer.from(await response.arrayBuffer()));
      return;
    }
    const name = decodeURIComponent(req.url.slice(1));
    const body = JSON.stringify(aliasMissingRelease(name, await response.json()));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  } catch (error) {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`pinning registry on http://127.0.0.1:${server.address().port}/ for ${upstream}`);
});
