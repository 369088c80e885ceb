'use strict';
// Preloaded into the Agents Playground (node -r) so that it only ever listens on loopback and
// never reaches out beyond this machine (the Playground listens on all interfaces by default and
// may try to send telemetry). Ours, not the Playground's: it patches Node's standard library only.
const net = require('node:net');

const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
    // listen(port[, host][, backlog][, cb]) or listen(options[, cb])
    if (args.length > 0 && typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0])) {
        args[0] = { ...args[0], host: '127.0.0.1' };
    } else if (typeof args[0] === 'number' || typeof args[0] === 'string') {
        if (typeof args[1] === 'string') {
            args[1] = '127.0.0.1';
        } else {
            args.splice(1, 0, '127.0.0.1');
        }
    }
    return originalListen.apply(this, args);
};

const loopback = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/i;
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connectLoopbackOnly(...args) {
    const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : { port: args[0], host: args[1] };
    const host = options.host ?? 'localhost';
    if (!options.path && !loopback.test(String(host))) {
        const error = new Error(`blocked non-loopback connection to ${host} (tools/playground/loopback.js)`);
        process.nextTick(() => this.destroy(error));
        return this;
    }
    return originalConnect.apply(this, args);
};
