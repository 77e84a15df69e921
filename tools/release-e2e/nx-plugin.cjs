// @ts-check
// Local nx plugin: gives every published package (every package.json under packages/* that is
// not `"private": true`) the `publint` and `attw` targets. It only declares that the targets
// exist; their commands, inputs, dependsOn and caching live once in nx.json `targetDefaults`.
// A new package under packages/ gets both targets without any edit.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

/** @type {import('nx/src/project-graph/plugins').NxPluginV2} */
module.exports = {
  name: 'mqtt-codes-publish-targets',
  createNodesV2: [
    'packages/*/package.json',
    (files, _options, context) =>
      files.flatMap((file) => {
        const pkg = JSON.parse(readFileSync(join(context.workspaceRoot, file), 'utf8'));
        if (pkg.private === true) return [];
        const root = dirname(file);
        return [[file, { projects: { [root]: { targets: { publint: {}, attw: {} } } } }]];
      }),
  ],
};
