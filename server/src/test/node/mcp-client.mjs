// Connects the official TypeScript MCP client to a McDewey library server serving the Northwind sample releases:
// lists the tools and calls each one (the client checks each answer against the tool's output schema), reads
// resources, gets prompts and completes their arguments, checking the answers.
// Usage: node mcp-client.mjs http://127.0.0.1:PORT/mcp
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
await check('lists the seven tools with titles, input and output schemas', async () => {
  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((t) => t.name), ['list_sources', 'search_docs', 'search_endpoints', 'get_chunk',
    'get_endpoint', 'diff_versions', 'generate_client_code']);
  for (const tool of tools) {
    assert.equal(tool.inputSchema.type, 'object', tool.name);
    assert.equal(tool.outputSchema.type, 'object', tool.name);
    assert.ok(tool.title.length > 5, tool.name);
  }
});
await check('list_sources names the three releases, each with a title', async () => {
  const { sources } = await call('list_sources', {});
  assert.deepEqual(sources.map((s) => s.version), ['v3.1', 'v4.0', 'v4.1']);
  for (const source of sources) {
    assert.ok(source.title.length > 0, JSON.stringify(source));
  }
});
await check('search_endpoints finds the endpoint that holds a call', async () => {
  const { results } = await call('search_endpoints', { query: 'put the caller on hold', version: 'v3.1', limit: 2 });
  assert.equal(results.length, 2);
  hold = results[0];
  assert.equal(hold.title, 'Call—Hold a Call');
  assert.equal(hold.complete, true);
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

let resources;
await check('lists guides, chunks and endpoints as resources, page by page', async () => {
  resources = [];
  let cursor;
  do {
    const page = await client.listResources(cursor ? { cursor } : {});
    resources.push(...page.resources);
    cursor = page.nextCursor;
  } while (cursor);
  assert.ok(resources.some((r) => r.uri === 'mcdewey://guides/northwind/v4.1/contact-center-guide'));
  assert.ok(resources.some((r) => r.uri === `mcdewey://chunks/${encodeURIComponent(chunk.id)}`));
  assert.ok(resources.some((r) => r.uri === `mcdewey://endpoints/${encodeURIComponent(hold.id)}`));
  for (const resource of resources) {
    assert.ok(resource.name && resource.title && resource.mimeType, JSON.stringify(resource));
  }
});
await check('reads a guide outline, a chunk and an endpoint', async () => {
  const guide = await client.readResource({ uri: 'mcdewey://guides/northwind/v3.1/contact-center-guide' });
  assert.equal(guide.contents[0].mimeType, 'text/markdown');
  assert.match(guide.contents[0].text, /## Endpoints/);
  const page = await client.readResource({ uri: `mcdewey://chunks/${encodeURIComponent(chunk.id)}` });
  assert.ok(page.contents[0].text.length > 0);
  const endpoint = await client.readResource({ uri: `mcdewey://endpoints/${encodeURIComponent(hold.id)}` });
  assert.equal(JSON.parse(endpoint.contents[0].text).method, 'PUT');
  await assert.rejects(client.readResource({ uri: 'mcdewey://chunks/nothing' }), /-32002/);
});
await check('offers a template per kind of resource and completes its variables', async () => {
  const { resourceTemplates } = await client.listResourceTemplates();
  assert.deepEqual(resourceTemplates.map((t) => t.uriTemplate), ['mcdewey://guides/{product}/{version}/{document}',
    'mcdewey://chunks/{chunk_id}', 'mcdewey://endpoints/{endpoint_id}']);
  const { completion } = await client.complete({
    ref: { type: 'ref/resource', uri: 'mcdewey://guides/{product}/{version}/{document}' },
    argument: { name: 'version', value: 'v4' },
    context: { arguments: { product: 'northwind' } },
  });
  assert.deepEqual(completion.values, ['v4.0', 'v4.1']);
});
await check('subscribes to a resource and refuses one that does not exist', async () => {
  await client.subscribeResource({ uri: 'mcdewey://guides/northwind/v3.1/contact-center-guide' });
  await client.unsubscribeResource({ uri: 'mcdewey://guides/northwind/v3.1/contact-center-guide' });
  await assert.rejects(client.subscribeResource({ uri: 'mcdewey://guides/acme/v1/x' }), /-32002/);
});
await check('gets the prompts filled in from the library', async () => {
  const { prompts } = await client.listPrompts();
  assert.deepEqual(prompts.map((p) => p.name), ['find_endpoint', 'write_client_call', 'compare_releases']);
  const found = await client.getPrompt({ name: 'find_endpoint', arguments: { task: 'put a call on hold',
    version: 'v3.1' } });
  assert.match(found.messages[0].content.text, /Call—Hold a Call/);
  const write = await client.getPrompt({ name: 'write_client_call', arguments: { endpoint_id: hold.id } });
  assert.equal(write.messages[0].content.type, 'resource');
  assert.match(write.messages[1].content.text, /client\.calls\(\)\.holdCall/);
  const changes = await client.getPrompt({ name: 'compare_releases', arguments: { product: 'northwind',
    from_version: 'v4.0', to_version: 'v4.1' } });
  assert.match(changes.messages[0].content.text, /## contact-center-guide/);
  await assert.rejects(client.getPrompt({ name: 'write_client_call', arguments: { endpoint_id: 'nothing' } }),
    /-32602/);
});
await check('completes products, releases and endpoint ids', async () => {
  const complete = async (name, value, context) => (await client.complete({
    ref: { type: 'ref/prompt', name: name === 'endpoint_id' ? 'write_client_call' : 'compare_releases' },
    argument: { name, value }, ...(context ? { context: { arguments: context } } : {}),
  })).completion;
  assert.deepEqual((await complete('product', 'no')).values, ['northwind']);
  assert.deepEqual((await complete('to_version', 'v', { product: 'northwind' })).values, ['v3.1', 'v4.0', 'v4.1']);
  const ids = await complete('endpoint_id', 'northwind::v3.1::contact-center-guide::call-hold');
  assert.ok(ids.values.includes(hold.id), JSON.stringify(ids));
});

await client.close();
console.log(`all checks passed (${passed})`);
