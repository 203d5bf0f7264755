'use strict';
// Cold start to the first reply: what a member of staff waits for when the bot has just started. `load.js coldstart`
// (the peer benchmark's) stops its clock at the first 200 from /api/messages; our host answers 200 as soon as the
// activity is queued and replies after, while botbuilder answers 200 after its turn has replied. This spawns the bot the
// same way (the peer's Teams message bodies, a fresh one every 5 ms until a 200) and also times the first reply's arrival
// at the peer's fake connector.
//
//   node bench/first-reply.js PEER_FOLDER URL -- CMD ARGS...   (URL's PORT already in CMD)
// prints one JSON line: { pid, firstOkMs, firstReplyMs, idleRssMB }; the caller stops the pid.

const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { performance } = require('node:perf_hooks');

const [peer, url, dashes, ...cmd] = process.argv.slice(2);
if (!peer || !url || dashes !== '--' || cmd.length === 0) {
  console.error('usage: node bench/first-reply.js PEER_FOLDER URL -- CMD ARGS...');
  process.exit(2);
}
if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing ${url}: loopback only`);
const { startConnector } = require(path.join(peer, 'fake-connector'));
const { makeBodies } = require(path.join(peer, 'activity'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TIMEOUT_MS = 60000;

function post(body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, timeout: 5000,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

(async () => {
  const connector = await startConnector();
  const bodies = makeBodies(connector.url);
  const t0 = performance.now();
  const child = spawn(cmd[0], cmd.slice(1), { detached: true, stdio: 'ignore' });
  let exited = null;
  child.on('exit', (code, signal) => { exited = code ?? signal; });
  let firstOk = null;
  while (firstOk === null && exited === null && performance.now() - t0 < TIMEOUT_MS) {
    try { if (await post(bodies.next().body) === 200) firstOk = performance.now(); } catch { /* not listening yet */ }
    if (firstOk === null) await sleep(5);
  }
  let firstReply = null;
  while (firstOk !== null && firstReply === null && exited === null && performance.now() - t0 < TIMEOUT_MS) {
    if (connector.stats().replies > 0) firstReply = performance.now();
    else await sleep(1);
  }
  if (firstReply === null) {
    try { process.kill(child.pid, 'SIGTERM'); } catch { /* gone */ }
    throw new Error(`no reply within ${TIMEOUT_MS} ms (exit: ${exited}, first 200: ${firstOk !== null})`);
  }
  await sleep(3000);
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)[1]);
  await connector.close();
  child.unref();
  console.log(JSON.stringify({ pid: child.pid, firstOkMs: Math.round(firstOk - t0), firstReplyMs: Math.round(firstReply - t0),
    idleRssMB: Math.round(rssKb / 102.4) / 10 }));
})().catch((e) => { console.error(e.message); process.exit(1); });
