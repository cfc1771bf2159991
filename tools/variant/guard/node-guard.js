// Preloaded with NODE_OPTIONS=--require in a variant's test run, so child processes (ts-node
// programs) refuse the other framework too. VNI_FRAMEWORK names the framework of the run.
'use strict';
const Module = require('module');
const mine = process.env.VNI_FRAMEWORK;
const other = mine === 'cdktn' ? 'cdktf' : mine === 'cdktf' ? 'cdktn' : undefined;
if (other) {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    if (request === other || request.startsWith(`${other}/`) || request.startsWith(`@${other}/`)) {
      throw new Error(`framework guard: '${request}' required in a ${mine} process (refused by tools/variant/guard)`);
    }
    return resolve.call(this, request, ...rest);
  };
}
