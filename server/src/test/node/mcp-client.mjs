// Connects the official TypeScript MCP client to a McDewey library server serving the Northwind sample releases,
// lists the tools and calls each one, checking the answers. Usage: node mcp-client.mjs http://127.0.0.1:PORT/mcp
import assert from 'node:assert/strict';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const endpoint = process.argv[2];
if (!endpoint) {
  console.error('usage: node mcp-client.mjs <MCP endpoint URL>');
  process.exit(2);
}

const client = new Client({ name: 'mcdewey-node-test', version: '1.0.0' });
await client.connect(new StreamableHTTPClientTransport(new URL(endpoint)));

let passed = 0;
async function check(name, body) {
  await body();
  passed++;
  console.log(`ok - ${name}`);
}

async function call(name, args) {
  const result = await client.callTool({ name, arguments: args });
  assert.notEqual(result.isError, true, `${name} failed: ${result.content?.[0]?.text}`);
  return JSON.parse(result.content[0].text);
}

async function callError(name, args) {
  const result = await client.callTool({ name, arguments: args });
  assert.equal(result.isError, true, `${name} should have failed but answered ${result.content?.[0]?.text}`);
  return result.content[0].text;
}

let hold;
await check('lists the seven tools with input schemas', async () => {
  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((t) => t.name), ['list_sources', 'search_docs', 'search_endpoints', 'get_chunk',
    'get_endpoint', 'diff_versions', 'generate_client_code']);
  for (const tool of tools) {
    assert.equal(tool.inputSchema.type, 'object', tool.name);
  }
});
await check('list_sources names the three releases', async () => {
  const { sources } = await call('list_sources', {});
  assert.deepEqual(sources.map((s) => s.version), ['v3.1', 'v4.0', 'v4.1']);
});
await check('search_endpoints finds the endpoint that holds a call', async () => {
  const { results } = await call('search_endpoints', { query: 'put the caller on hold', version: 'v3.1', limit: 2 });
  assert.equal(results.length, 2);
  hold = results[0];
  assert.equal(hold.title, 'Call—Hold a Call');
});
await check('get_endpoint gives method, path and parameters', async () => {
  const endpoint = await call('get_endpoint', { endpoint_id: hold.id });
  assert.equal(endpoint.method, 'PUT');
  assert.equal(endpoint.path, '/northwind/api/Call/{callId}');
  assert.ok(endpoint.parameters.some((p) => p.name === 'callId' && p.in === 'path'));
});
await check('generate_client_code writes the Java call', async () => {
  const { language, code } = await call('generate_client_code', { endpoint_id: hold.id });
  assert.equal(language, 'java');
  assert.match(code, /client\.calls\(\)\.holdCall\(callId/);
});
let chunk;
await check('search_docs finds pages', async () => {
  const { results } = await call('search_docs', { query: 'event channel notifications', product: 'northwind' });
  assert.ok(results.length > 0);
  chunk = results[0];
});
await check('get_chunk reads a page whole', async () => {
  const page = await call('get_chunk', { chunk_id: chunk.id });
  assert.equal(page.id, chunk.id);
  assert.ok(page.text.length > 0);
});
await check('diff_versions compares two releases', async () => {
  const diff = await call('diff_versions', { product: 'northwind', from_version: 'v4.0', to_version: 'v4.1' });
  assert.ok(diff.documents[0].report.changes.length > 0);
});
await check('bad arguments are tool errors', async () => {
  assert.match(await callError('get_chunk', { chunk_id: 'no-such-chunk' }), /^no chunk 'no-such-chunk'/);
  assert.match(await callError('search_docs', { query: 'hold', product: 'acme' }), /^unknown product 'acme'/);
});

await client.close();
console.log(`all ${passed} checks passed`);
