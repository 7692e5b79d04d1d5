'use strict'
// Loads dist/zh-CN.cjs, the Chinese words, into a running bundle (main.cjs or import-worker.cjs)
// when a command speaks Chinese: an English command never reads, compiles or deserializes them.
// Like bin/orderdesk, it runs the file through V8's code cache (zh-CN.cjs.cache, warmed by the
// build, rewritten after the command when this node rejects it; ORDERDESK_CODE_CACHE=off|write
// as there). The words import modules of the bundle (`say`, money, statuses …): the build names
// each `orderdesk:<path under src>`, and `shared` answers them with the bundle's own instances,
// so both use one module state (the installed catalogue of domain/message.ts).
const fs = require('node:fs')
const path = require('node:path')
const vm = require('node:vm')
const Module = require('node:module')

/**
 * @param {string} dir the bundle's folder (dist/)
 * @param {string} name the file there
 * @param {Record<string, unknown>} shared the bundle's modules by their `orderdesk:` name
 */
module.exports = function loadWords(dir, name, shared) {
  const file = path.join(dir, name)
  const mode = process.env.ORDERDESK_CODE_CACHE
  const cacheFile = `${file}.cache`
  let cached
  if (mode !== 'off' && mode !== 'write') {
    try {
      cached = fs.readFileSync(cacheFile)
    } catch {}
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData: cached })
  if (mode !== 'off' && (mode === 'write' || cached === undefined || script.cachedDataRejected)) {
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.${require('node:worker_threads').threadId}`
        fs.writeFileSync(tmp, script.createCachedData())
        fs.renameSync(tmp, cacheFile)
      } catch {}
    })
  }
  const own = Module.createRequire(file)
  const mod = { exports: {} }
  const requireShared = (id) => {
    if (id.startsWith('orderdesk:')) {
      if (!(id in shared)) throw new Error(`${name} needs ${id}, which the bundle does not share`)
      return shared[id]
    }
    return own(id)
  }
  script.runInThisContext()(mod.exports, requireShared, mod, file, dir)
  return mod.exports
}
