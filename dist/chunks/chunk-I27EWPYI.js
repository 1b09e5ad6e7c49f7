import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// builtin:node:crypto
var require_node_crypto = __commonJS({
  "builtin:node:crypto"(exports, module) {
    module.exports = __require("node:crypto");
  }
});

// builtin:node:os
var require_node_os = __commonJS({
  "builtin:node:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin:node:fs
var require_node_fs = __commonJS({
  "builtin:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:path
var require_node_path = __commonJS({
  "builtin:node:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin:node:http
var require_node_http = __commonJS({
  "builtin:node:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

// builtin:node:https
var require_node_https = __commonJS({
  "builtin:node:https"(exports, module) {
    module.exports = __require("node:https");
  }
});

// builtin:node:net
var require_node_net = __commonJS({
  "builtin:node:net"(exports, module) {
    module.exports = __require("node:net");
  }
});

// builtin:node:tls
var require_node_tls = __commonJS({
  "builtin:node:tls"(exports, module) {
    module.exports = __require("node:tls");
  }
});

// builtin:node:events
var require_node_events = __commonJS({
  "builtin:node:events"(exports, module) {
    module.exports = __require("node:events");
  }
});

// builtin:node:assert
var require_node_assert = __commonJS({
  "builtin:node:assert"(exports, module) {
    module.exports = __require("node:assert");
  }
});

// builtin:node:util
var require_node_util = __commonJS({
  "builtin:node:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = require_node_net();
    var tls = require_node_tls();
    var http3 = require_node_http();
    var https3 = require_node_https();
    var events2 = require_node_events();
    var assert = require_node_assert();
    var util = require_node_util();
    exports.httpOverHttp = httpOverHttp2;
    exports.httpsOverHttp = httpsOverHttp2;
    exports.httpOverHttps = httpOverHttps2;
    exports.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http3.request;
      return agent;
    }
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http3.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https3.request;
      return agent;
    }
    function httpsOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https3.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http3.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events2.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug3("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug3(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug3("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug3("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug3(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug3;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug3 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug3 = function() {
      };
    }
    exports.debug = debug3;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

// builtin:node:string_decoder
var require_node_string_decoder = __commonJS({
  "builtin:node:string_decoder"(exports, module) {
    module.exports = __require("node:string_decoder");
  }
});

// builtin:node:child_process
var require_node_child_process = __commonJS({
  "builtin:node:child_process"(exports, module) {
    module.exports = __require("node:child_process");
  }
});

// builtin:node:timers
var require_node_timers = __commonJS({
  "builtin:node:timers"(exports, module) {
    module.exports = __require("node:timers");
  }
});

// builtin:node:stream
var require_node_stream = __commonJS({
  "builtin:node:stream"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// builtin:node:stream/promises
var require_promises = __commonJS({
  "builtin:node:stream/promises"(exports, module) {
    module.exports = __require("node:stream/promises");
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var w = d * 7;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return Math.round(ms / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms / h) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return plural(ms, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural(ms, msAbs, h, "hour");
      }
      if (msAbs >= m) {
        return plural(ms, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural(ms, msAbs, s, "second");
      }
      return ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// src/errors.ts
var FALLBACK_REPOSITORY = "org/keyless-swa-deploy";
var FALLBACK_REF = "v1";
var REPOSITORY_SLUG = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
var REF = /^[A-Za-z0-9_./-]+$/;
function troubleshootingUrl(env = process.env) {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim() ?? "";
  const ref = env.GITHUB_ACTION_REF?.trim() ?? "";
  const known2 = REPOSITORY_SLUG.test(repository) && REF.test(ref) && !ref.includes("..");
  const server = (env.GITHUB_SERVER_URL ?? "").trim().replace(/\/+$/, "");
  const base = /^https:\/\/[^\s/?#]+$/.test(server) ? server : "https://github.com";
  return known2 ? `${base}/${repository}/blob/${ref}/docs/troubleshooting.md` : `https://github.com/${FALLBACK_REPOSITORY}/blob/${FALLBACK_REF}/docs/troubleshooting.md`;
}
var ActionError = class extends Error {
  fix;
  doc;
  step;
  status;
  constructor(message, details = {}) {
    super(message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.name = "ActionError";
    this.fix = details.fix;
    this.doc = details.doc;
    this.step = details.step;
    this.status = details.status;
  }
  /** The text shown to the user: message, fix and a link to the troubleshooting section. */
  describe() {
    const lines = [this.message];
    if (this.fix) lines.push(`Fix: ${this.fix}`);
    if (this.doc) lines.push(`See ${troubleshootingUrl()}#${this.doc}`);
    return lines.join("\n");
  }
};
var InputError = class extends ActionError {
  constructor(message, details = {}) {
    super(message, { doc: "inputs", ...details });
    this.name = "InputError";
  }
};
function errorText(error2) {
  if (error2 instanceof ActionError) return error2.describe();
  if (error2 instanceof Error) return error2.message;
  return String(error2);
}

// node_modules/@actions/core/lib/command.js
var os = __toESM(require_node_os(), 1);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require_node_crypto(), 1);
var fs = __toESM(require_node_fs(), 1);
var os2 = __toESM(require_node_os(), 1);
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}

// node_modules/@actions/core/lib/core.js
var os5 = __toESM(require_node_os(), 1);
var path5 = __toESM(require_node_path(), 1);

// node_modules/@actions/http-client/lib/index.js
var http = __toESM(require_node_http(), 1);
var https = __toESM(require_node_https(), 1);

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel2(), 1);

// scripts/stubs/undici.mjs
var ProxyAgent = class {
  constructor() {
    throw new Error("undici is not bundled with this action: getAgentDispatcher() is not supported");
  }
};

// node_modules/@actions/http-client/lib/index.js
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve2(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve2(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info3 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info3, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info3, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header in headers) {
              if (header.toLowerCase() === "authorization") {
                delete headers[header];
              }
            }
          }
          info3 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info3, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info3, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve2(res);
          }
        }
        this.requestRawWithCallback(info3, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info3, data, onResult) {
    if (typeof data === "string") {
      if (!info3.options.headers) {
        info3.options.headers = {};
      }
      info3.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info3.httpModule.request(info3.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info3.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info3 = {};
    info3.parsedUrl = requestUrl;
    const usingSsl = info3.parsedUrl.protocol === "https:";
    info3.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info3.options = {};
    info3.options.host = info3.parsedUrl.hostname;
    info3.options.port = info3.parsedUrl.port ? parseInt(info3.parsedUrl.port) : defaultPort;
    info3.options.path = (info3.parsedUrl.pathname || "") + (info3.parsedUrl.search || "");
    info3.options.method = method;
    info3.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info3.options.headers["user-agent"] = this.userAgent;
    }
    info3.options.agent = this._getAgent(info3.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info3.options);
      }
    }
    return info3;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent = this._proxyAgent;
    }
    if (!useProxy) {
      agent = this._agent;
    }
    if (agent) {
      return agent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent = tunnelAgent(agentOptions);
      this._proxyAgent = agent;
    }
    if (!agent) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent;
    }
    if (usingSsl && this._ignoreSslError) {
      agent.options = Object.assign(agent.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve2) => setTimeout(() => resolve2(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve2(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve2(response);
        }
      }));
    });
  }
};
var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});

// node_modules/@actions/core/lib/summary.js
var import_os = __toESM(require_node_os(), 1);
var import_fs = __toESM(require_node_fs(), 1);
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter2(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter2(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter2(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(import_os.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
var path = __toESM(require_node_path(), 1);

// node_modules/@actions/core/lib/platform.js
var import_os2 = __toESM(require_node_os(), 1);

// node_modules/@actions/exec/lib/exec.js
var import_string_decoder = __toESM(require_node_string_decoder(), 1);

// node_modules/@actions/exec/lib/toolrunner.js
var os3 = __toESM(require_node_os(), 1);
var events = __toESM(require_node_events(), 1);
var child = __toESM(require_node_child_process(), 1);
var path4 = __toESM(require_node_path(), 1);

// node_modules/@actions/io/lib/io.js
var import_assert = __toESM(require_node_assert(), 1);
var path3 = __toESM(require_node_path(), 1);

// node_modules/@actions/io/lib/io-util.js
var fs2 = __toESM(require_node_fs(), 1);
var path2 = __toESM(require_node_path(), 1);
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var import_timers = __toESM(require_node_timers(), 1);
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = import_os2.default.platform();
var arch = import_os2.default.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os5.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/secrets.ts
var known = /* @__PURE__ */ new Set();
function registerSecret(value) {
  if (value.length > 0 && !known.has(value)) {
    setSecret(value);
    known.add(value);
  }
  return value;
}
function redact(text) {
  let result = text;
  for (const secret of known) result = result.split(secret).join("***");
  return result;
}

// src/format.ts
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
function formatCount(count) {
  const digits = String(Math.trunc(Math.abs(count)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ",");
  return count < 0 ? `-${grouped}` : grouped;
}
function formatSeconds(ms) {
  return `${Number((ms / 1e3).toFixed(1))} s`;
}
function printable(text, limit = 300) {
  let shown = "";
  for (const char of redact(text)) {
    const code = char.charCodeAt(0);
    shown += code < 32 || code === 127 || code >= 128 && code <= 159 ? `\\u${code.toString(16).padStart(4, "0")}` : char;
  }
  return shown.length > limit ? `${shown.slice(0, limit)}\u2026` : shown;
}

// src/log.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var LINE_LIMIT = 2e3;
function info2(line) {
  info(printable(line, LINE_LIMIT));
}
function warning2(line) {
  warning(printable(line, LINE_LIMIT));
}
function notice2(line) {
  notice(printable(line, LINE_LIMIT));
}
function debug2(line, limit = LINE_LIMIT) {
  debug(printable(line, limit));
}
function relayed(line) {
  const shown = printable(line, LINE_LIMIT);
  if (!/^\s*::|##\[/.test(shown)) return info(shown);
  const token = (0, import_node_crypto.randomUUID)();
  info(`::stop-commands::${token}`);
  info(shown);
  info(`::${token}::`);
}
function group(title, lines) {
  startGroup(printable(title, LINE_LIMIT));
  try {
    for (const line of lines) info2(line);
  } finally {
    endGroup();
  }
}
function fail(error2) {
  const text = redact(errorText(error2));
  setFailed(
    text.split(/\r?\n/).map((line) => printable(line, LINE_LIMIT)).join("\n")
  );
}
function exitWhenWritten(code) {
  process.exitCode = code;
  process.stdout.write("", () => process.exit(code));
}

// src/clouds.ts
var CLOUDS = {
  AzureCloud: {
    name: "AzureCloud",
    authorityHost: "https://login.microsoftonline.com",
    resourceManagerEndpoint: "https://management.azure.com",
    audience: "api://AzureADTokenExchange",
    offersStaticWebApps: true
  },
  AzureUSGovernment: {
    name: "AzureUSGovernment",
    authorityHost: "https://login.microsoftonline.us",
    resourceManagerEndpoint: "https://management.usgovcloudapi.net",
    audience: "api://AzureADTokenExchangeUSGov",
    offersStaticWebApps: false
  },
  AzureChinaCloud: {
    name: "AzureChinaCloud",
    authorityHost: "https://login.chinacloudapi.cn",
    resourceManagerEndpoint: "https://management.chinacloudapi.cn",
    audience: "api://AzureADTokenExchangeChina",
    offersStaticWebApps: false
  }
};
function findCloud(name) {
  const wanted = name.trim().toLowerCase();
  return Object.values(CLOUDS).find((cloud) => cloud.name.toLowerCase() === wanted);
}
function armScope(resourceManagerEndpoint) {
  return `${resourceManagerEndpoint.replace(/\/+$/, "")}/.default`;
}

// src/knobs.ts
var KNOBS = {
  /** Base of the retry backoff. */
  retryBaseMs: { variable: "KEYLESS_SWA_RETRY_BASE_MS", production: 1e3, floor: 1 },
  /** Wait between two looks at a long-running operation (distribution, environment deletion). */
  pollIntervalMs: { variable: "KEYLESS_SWA_POLL_INTERVAL_MS", production: 3e3, floor: 10 },
  /** Cap on one attempt's time limit (the hang and stall tests). */
  attemptLimitMs: {
    variable: "KEYLESS_SWA_HTTP_TIMEOUT_MS",
    production: Number.POSITIVE_INFINITY,
    floor: 100
  },
  /** Cap on StaticSitesClient's whole run, keyed by the site's content host (the limit's test). */
  clientRunLimitMs: {
    variable: "KEYLESS_SWA_CLIENT_LIMIT_MS",
    production: Number.POSITIVE_INFINITY,
    floor: 100
  }
};
function knob(name, url, env = process.env) {
  const { variable, production, floor } = KNOBS[name];
  const raw = env[variable]?.trim();
  if (!raw || !isLoopback(url)) return production;
  const value = Number(raw);
  if (!Number.isFinite(value)) return production;
  return Math.min(production, Math.max(floor, value));
}
function isLoopback(url) {
  let host;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return false;
  }
  return host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

// src/http/retry.ts
var ATTEMPTS = 5;
function defaultRetryPolicy(url = "https://example.invalid/") {
  const baseDelayMs = knob("retryBaseMs", url);
  return { attempts: ATTEMPTS, baseDelayMs, maxDelayMs: baseDelayMs * 16 };
}
var sleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
var MAX_RETRY_AFTER_MS = 12e4;
async function withRetry(attempt, judge, policy, deadline = Number.POSITIVE_INFINITY) {
  const wait = policy.sleep ?? sleep;
  const random = policy.random ?? Math.random;
  const now = policy.now ?? Date.now;
  for (let attemptNumber = 1; ; attemptNumber++) {
    let outcome;
    try {
      outcome = { value: await attempt(attemptNumber) };
    } catch (error2) {
      outcome = { error: error2 };
    }
    const verdict = judge(outcome);
    const settle = () => {
      if ("error" in outcome) throw outcome.error;
      return outcome.value;
    };
    if (!verdict.retry || attemptNumber >= policy.attempts) return settle();
    const delayMs = backoffDelay(attemptNumber, policy, random, verdict.retryAfterMs);
    const giveUp = (why) => {
      policy.onGiveUp?.({ attempt: attemptNumber, reason: verdict.reason, why, delayMs });
      return settle();
    };
    if ((verdict.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) return giveUp("retry-after");
    if (now() + delayMs >= deadline) return giveUp("deadline");
    policy.onRetry?.({ attempt: attemptNumber, delayMs, reason: verdict.reason });
    await wait(delayMs);
  }
}
function backoffDelay(attemptNumber, policy, random, retryAfterMs) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptNumber - 1));
  const jittered = Math.round(ceiling / 2 + random() * ceiling / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return void 0;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1e3);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function isTransientStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status <= 599;
}

// src/diagnose.ts
var ENTRA_STEP = "Entra token request";
function aadstsCode(failure) {
  const first = failure.codes?.[0];
  if (first !== void 0) return first;
  const match = /AADSTS(\d+)/.exec(failure.description ?? "");
  return match ? Number(match[1]) : void 0;
}
function entraReason(failure) {
  const lines = (failure.description ?? "").split(/\r?\n/).map((line) => line.trim());
  const reason = lines[0] || failure.error || `HTTP ${failure.status ?? "error"}`;
  const trace = lines.filter((line) => /^(Trace ID|Correlation ID|Timestamp):/.test(line)).join(", ");
  return { reason, trace };
}
function audienceText(claims, fallback) {
  if (!claims) return fallback;
  return Array.isArray(claims.aud) ? claims.aud.join(", ") : claims.aud;
}
var BAD_SIGNATURE = {
  cause: ({ iss }) => `Entra ID could not verify the GitHub token's signature (issuer '${iss}').`,
  fix: ({ iss }) => `Check the federated credential's issuer is '${iss}' and that Entra can read its discovery document and keys (GitHub Enterprise Server must be reachable from the internet). During a signing-key rotation, a re-run succeeds.`,
  anchor: "aadsts50012"
};
var SETUP_CHECK = " From a clone of the repository, npx github:org/keyless-swa-deploy setup --check --app-name <app> shows, per deploying job, the subject it presents and whether a credential trusts it (setup without --check adds what is missing).";
var ENTRA_CASES = {
  70021: {
    cause: ({ context, iss, sub, aud }) => `Entra ID found no federated credential on app ${context.clientId} matching the GitHub token (presented iss '${iss}', sub '${sub}', aud '${aud}').`,
    fix: ({ iss, sub, aud }) => `Add a federated credential to the app registration with issuer '${iss}', subject '${sub}' and audience '${aud}'. A credential created in the last few minutes may not have propagated yet: wait a minute and re-run the job.${SETUP_CHECK}`,
    anchor: "aadsts70021"
  },
  700211: {
    cause: ({ iss }) => `Entra ID found no federated credential for the token's issuer '${iss}'.`,
    fix: ({ iss }) => `Set the federated credential's issuer to exactly '${iss}' (GitHub.com: https://token.actions.githubusercontent.com; GitHub Enterprise Server and enterprise-slug issuers differ).`,
    anchor: "aadsts700211"
  },
  700212: {
    cause: ({ aud }) => `Entra ID found no federated credential for the token's audience '${aud}'.`,
    fix: ({ aud, context }) => `Set the federated credential's audience to '${aud}', or set the audience input to the credential's audience (the ${context.cloud} default is '${CLOUDS[context.cloud].audience}').`,
    anchor: "aadsts700212"
  },
  700213: {
    cause: ({ sub }) => `Entra ID found no federated credential for the token's subject. Presented sub: '${sub}'.`,
    fix: ({ sub }) => `Add a federated credential whose subject is exactly '${sub}'. GitHub's subjects look like repo:<owner>/<repo>:ref:refs/heads/<branch> (push to a branch), repo:<owner>/<repo>:environment:<name> (job with an environment) or repo:<owner>/<repo>:pull_request (pull_request events); an organisation may customise the claim's keys.${SETUP_CHECK}`,
    anchor: "aadsts700213"
  },
  7002138: {
    cause: ({ sub }) => `The token's subject '${sub}' matches a federated credential only if letter case is ignored; Entra compares subjects case-sensitively.`,
    fix: ({ sub }) => `Edit the federated credential's subject to exactly '${sub}', with the same upper and lower case as the repository, branch and environment names.${SETUP_CHECK}`,
    anchor: "aadsts7002138"
  },
  700024: {
    cause: () => "Entra ID refused the GitHub token as outside its valid time range: it had expired (it lives about 5 minutes) or the runner's clock is off.",
    fix: () => "Re-run the job. The action requests the token right before the exchange, so a repeated failure points at the runner's clock or a slow proxy.",
    anchor: "aadsts700024"
  },
  700016: {
    cause: ({ context }) => `Entra ID has no application '${context.clientId}' in tenant '${context.tenantId}'.`,
    fix: () => "Check client-id (the app registration's Application (client) ID, not its object id) and tenant-id (the tenant the app is registered in).",
    anchor: "aadsts700016"
  },
  90002: {
    cause: ({ context }) => `Entra ID has no tenant '${context.tenantId}' in ${context.cloud}.`,
    fix: () => "Check tenant-id (the Directory (tenant) ID on the app registration's overview) and cloud: a tenant lives in one cloud.",
    anchor: "aadsts90002"
  },
  1002012: {
    cause: ({ context }) => `Entra ID refused the scope '${context.armScope}'.`,
    fix: ({ context }) => `Check resource-manager-endpoint and cloud: the scope is '<ARM endpoint>/.default', now '${context.armScope}'.`,
    anchor: "aadsts1002012"
  },
  50012: BAD_SIGNATURE,
  700027: BAD_SIGNATURE
};
function diagnoseEntra(failure, context) {
  const status = failure.status;
  if (status !== void 0 && isTransientStatus(status) && aadstsCode(failure) === void 0) {
    return status === 429 ? entraThrottled(failure) : diagnoseTransient(ENTRA_STEP, status, failure.attempts);
  }
  const code = aadstsCode(failure);
  const { reason, trace } = entraReason(failure);
  const said = printable(trace ? `${reason} (${trace})` : reason, 1e3);
  const claims = context.claims;
  const facts = {
    context,
    sub: claims?.sub ?? "(unknown)",
    iss: claims?.iss ?? "(unknown)",
    aud: audienceText(claims, context.audience)
  };
  const details = (doc, fix) => ({
    fix,
    doc,
    step: ENTRA_STEP,
    ...status === void 0 ? {} : { status }
  });
  const known2 = code === void 0 ? void 0 : ENTRA_CASES[code];
  if (known2) {
    return new ActionError(
      `${known2.cause(facts)} Entra said: ${said}`,
      details(known2.anchor, known2.fix(facts))
    );
  }
  if (status === 429 || failure.error === "temporarily_unavailable") return entraThrottled(failure);
  return new ActionError(
    `Entra ID refused the token exchange: ${said}`,
    details(
      "entra-other",
      code === void 0 ? "Check client-id, tenant-id and the app registration's federated credentials." : `Look the code up at https://login.microsoftonline.com/error?code=${code}.`
    )
  );
}
function entraThrottled(failure) {
  const after = failure.attempts ? ` after ${failure.attempts} attempts` : "";
  return new ActionError(`Entra ID throttled the token request (HTTP 429)${after}.`, {
    fix: "Wait a few minutes and re-run the job; avoid starting many jobs of the same app registration at once.",
    doc: "entra-throttled",
    step: ENTRA_STEP,
    status: 429
  });
}
function staticSiteResourceId(config) {
  return `/subscriptions/${config.subscriptionId}/resourceGroups/${config.resourceGroup}/providers/Microsoft.Web/staticSites/${config.appName}`;
}
var ROLE_ACTIONS_UPLOAD = [
  "Microsoft.Web/staticSites/read",
  "Microsoft.Web/staticSites/listSecrets/action"
];
var ROLE_ACTIONS_CLOSE = [
  "Microsoft.Web/staticSites/builds/read",
  "Microsoft.Web/staticSites/builds/delete"
];
function armCaller(said, context) {
  const named = /The client '([^']+)' with object id '([^']+)'/.exec(said);
  if (context.authType !== "managed-identity") {
    return {
      name: `app ${context.clientId}`,
      principal: "the app's service principal",
      assignee: `--assignee ${context.clientId}`
    };
  }
  const objectId = named?.[2];
  return {
    name: named ? `the machine's managed identity (client id ${named[1]}, object id ${objectId})` : "the machine's managed identity",
    principal: "the runner machine's managed identity",
    assignee: `--assignee-object-id ${objectId ?? "<principal id of the identity>"} --assignee-principal-type ServicePrincipal`
  };
}
function diagnoseArm(failure, context) {
  const { step, status } = failure;
  const code = failure.code ?? "";
  const said = printable(failure.message ?? "", 1e3).trim();
  const base = { step, status };
  const resourceGroup = context.resourceGroup ?? "(blank: found by name)";
  const names = `subscription-id '${context.subscriptionId}', resource-group '${resourceGroup}', app-name '${context.appName}'`;
  if (code === "AuthorizationFailed" || status === 403 && code === "") {
    const action = /perform action '([^']+)'/.exec(said)?.[1];
    const resourceId = context.resourceGroup === void 0 ? `/subscriptions/${context.subscriptionId}` : staticSiteResourceId({ ...context, resourceGroup: context.resourceGroup });
    const scope = /over scope '([^']+)'/.exec(said)?.[1] ?? resourceId;
    const missing = action ? `'${action}'` : "the operation";
    const who = armCaller(said, context);
    return new ActionError(
      `${step} failed: ${who.name} is not authorised to perform ${missing} on '${scope}' (HTTP ${status} AuthorizationFailed).`,
      {
        ...base,
        doc: "arm-authorizationfailed",
        fix: `Assign ${who.principal} a role on the Static Web App that grants ${ROLE_ACTIONS_UPLOAD.join(" and ")} (plus ${ROLE_ACTIONS_CLOSE.join(" and ")} for preview environments: the limit check, close and prune) \u2014 least privilege is a custom role with exactly those actions, e.g. az role assignment create ${who.assignee} --role <role> --scope ${resourceId}. New assignments take a few minutes to apply. ARM checks authorisation before existence, so also check ${names}.`
      }
    );
  }
  if (code === "ResourceGroupNotFound") {
    return new ActionError(
      `${step} failed: resource group '${resourceGroup}' was not found in subscription '${context.subscriptionId}'.`,
      { ...base, doc: "arm-resourcenotfound", fix: "Check resource-group and subscription-id." }
    );
  }
  if (code === "SubscriptionNotFound" || code === "InvalidSubscriptionId") {
    return new ActionError(
      `${step} failed: subscription '${context.subscriptionId}' was not found (${said || code}).`,
      {
        ...base,
        doc: "arm-resourcenotfound",
        fix: `Check subscription-id, and that it belongs to tenant '${context.tenantId}' in ${context.cloud}.`
      }
    );
  }
  if (code === "ResourceNotFound" || status === 404 && code === "") {
    return new ActionError(
      `${step} failed: Static Web App '${context.appName}' was not found in resource group '${resourceGroup}' of subscription '${context.subscriptionId}'.`,
      { ...base, doc: "arm-resourcenotfound", fix: `Check ${names}.` }
    );
  }
  if (code === "InvalidAuthenticationTokenAudience") {
    return new ActionError(
      `${step} failed: ARM at ${context.resourceManagerEndpoint} refused the access token's audience (${said || code}).`,
      {
        ...base,
        doc: "arm-invalidauthenticationtoken",
        fix: "Check cloud and resource-manager-endpoint: the token is requested for <resource-manager-endpoint>/.default and must be the endpoint the Static Web App lives behind."
      }
    );
  }
  if (code === "InvalidAuthenticationTokenTenant") {
    return new ActionError(
      `${step} failed: the access token is from tenant '${context.tenantId}', not the tenant of subscription '${context.subscriptionId}' (${said || code}).`,
      {
        ...base,
        doc: "arm-invalidauthenticationtoken",
        fix: "Set tenant-id to the tenant that owns the subscription (az account show --query tenantId), with an app registration and federated credential in that tenant."
      }
    );
  }
  if (code.startsWith("InvalidAuthenticationToken") || code === "ExpiredAuthenticationToken") {
    return new ActionError(`${step} failed: ARM refused the access token (${code}: ${said}).`, {
      ...base,
      doc: "arm-invalidauthenticationtoken",
      fix: "Check cloud, tenant-id and resource-manager-endpoint match the subscription, then re-run the job."
    });
  }
  if (isTransientStatus(status) && failure.attempts !== void 0) {
    return diagnoseTransient(step, status, failure.attempts);
  }
  const detail = [code, said].filter(Boolean).join(": ");
  if (status === 409) {
    const said409 = detail.replace(/\.+$/, "");
    return new ActionError(`${step} failed: HTTP 409${said409 ? ` ${said409}` : ""}.`, {
      ...base,
      doc: "arm-other",
      fix: "Another operation on the Static Web App (a deployment, or a delete of the same environment) is still running; wait a few minutes for it to finish, then re-run the job."
    });
  }
  return new ActionError(`${step} failed: HTTP ${status}${detail ? ` ${detail}` : ""}.`, {
    ...base,
    doc: "arm-other",
    fix: `Check ${names}; if the message names a setting, fix it and re-run.`
  });
}
function diagnoseTransient(step, status, attempts) {
  const after = attempts === void 0 ? "" : ` after ${attempts} attempt${attempts === 1 ? "" : "s"}`;
  return new ActionError(`${step} failed: HTTP ${status}${after}.`, {
    step,
    status,
    doc: "network-errors",
    fix: "The service kept failing or throttling; wait a few minutes and re-run the job."
  });
}

// src/http/limits.ts
var STEP_LIMITS = {
  /** The runner's OIDC token endpoint. */
  githubToken: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 12e4 },
  /** The machine's managed-identity endpoint (IMDS, App Service, Arc); a missing one ends at once. */
  managedIdentity: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 12e4 },
  /** Entra ID discovery and token calls; also cut short where the GitHub token expires. */
  entra: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 3e5 },
  arm: { attempt: { kind: "total", ms: 6e4 }, budgetMs: 3e5 },
  content: { attempt: { kind: "total", ms: 6e4 }, budgetMs: 3e5 },
  /** One look at the distribution; also cut short where deployment-timeout ends. */
  contentStatus: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 12e4 },
  blobBlock: { attempt: { kind: "idle", ms: 6e4 }, budgetMs: 6e5 },
  /** The Put Blob fallback sends the whole archive (up to 500 MB) in one request: an hour at most. */
  blobWhole: { attempt: { kind: "idle", ms: 6e4 }, budgetMs: 36e5 },
  blobCommit: { attempt: { kind: "total", ms: 6e4 }, budgetMs: 3e5 },
  /** GitHub REST (pull request state, the preview comment); its rate-limit waits count too. */
  githubApi: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 18e4 },
  /** StaticSitesClient's manifest (aka.ms and its redirect), each hop. */
  clientManifest: { attempt: { kind: "total", ms: 3e4 }, budgetMs: 12e4 },
  /** StaticSitesClient itself, ~100 MB: a silence limit, so a slow link is not cut off. */
  clientDownload: { attempt: { kind: "idle", ms: 6e4 }, budgetMs: 9e5 }
};

// src/http/transport.ts
var import_node_http = __toESM(require_node_http(), 1);
var import_node_https = __toESM(require_node_https(), 1);
var import_node_net = __toESM(require_node_net(), 1);
var import_node_stream = __toESM(require_node_stream(), 1);
var import_promises = __toESM(require_promises(), 1);

// package.json
var package_default = {
  name: "keyless-swa-deploy",
  version: "0.1.0",
  private: true,
  description: "Deploy a prebuilt site to Azure Static Web Apps with GitHub OIDC: no stored secret.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=24"
  },
  bin: {
    "keyless-swa-deploy": "dist/setup.js"
  },
  scripts: {
    bundle: "node scripts/bundle.mjs",
    pretest: "node scripts/test-tools.mjs && node scripts/bundle.mjs --if-stale",
    test: "node --experimental-vm-modules node_modules/jest/bin/jest.js",
    lint: "eslint . && depcruise src emulator --config .dependency-cruiser.cjs && knip",
    "format:write": "prettier --write .",
    "format:check": "prettier --check .",
    typecheck: "tsc -p .",
    all: "npm run format:write && npm run lint && npm run typecheck && npm test",
    demo: "tsx scripts/demo.ts",
    emulator: "tsx emulator/cli.ts",
    bench: "tsx scripts/bench.ts",
    "docs:faults": "tsx scripts/fault-table.ts",
    "docs:action": "tsx scripts/action-docs.ts && prettier --write README.md",
    "local-action": "tsx scripts/local-action.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/http-client": "^4.0.1",
    "@azure-rest/core-client": "^2.7.0",
    "@azure/arm-appservice": "^19.0.0",
    "@azure/arm-authorization": "^9.0.0",
    "@azure/core-rest-pipeline": "^1.24.0",
    "@azure/identity": "^4.14.1",
    "@azure/msal-node": "^7.2.1",
    yauzl: "^3.4.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@azure/storage-blob": "^12.34.0",
    "@eslint/js": "^10.0.1",
    "@github/local-action": "^7.0.1",
    "@jest/globals": "^29.7.0",
    "@jest/test-sequencer": "^29.7.0",
    "@types/jest": "^29.5.14",
    "@types/node": "^24.19.2",
    "@types/node-forge": "^1.3.14",
    "@types/yauzl": "^3.4.0",
    "@types/yazl": "^3.3.1",
    "@vercel/ncc": "^0.45.0",
    azurite: "^3.35.0",
    "dependency-cruiser": "^17.4.3",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    jest: "^29.7.0",
    "jest-environment-node": "^29.7.0",
    knip: "^6.48.0",
    "node-forge": "^1.4.3",
    prettier: "^3.10.1",
    tsx: "^4.23.15",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0",
    yazl: "^3.3.1"
  },
  optionalDependencies: {
    node: "^24.21.0"
  },
  allowScripts: {
    node: true,
    esbuild: true,
    "@parcel/watcher": true
  }
};

// src/cancel.ts
var GRACE_MS = 7e3;
var SIGNALS = ["SIGINT", "SIGTERM", "SIGBREAK"];
var Interruption = class {
  constructor(signalName) {
    this.signalName = signalName;
  }
  signalName;
};
var CancelledError = class extends ActionError {
  signalName;
  constructor(signalName, during) {
    super(`Cancelled (${signalName}) during ${during}; nothing further was sent.`, {
      step: during,
      doc: "cancelled"
    });
    this.name = "CancelledError";
    this.signalName = signalName;
  }
};
function cancelledError(signal, during) {
  const reason = signal.reason;
  return new CancelledError(reason instanceof Interruption ? reason.signalName : "aborted", during);
}
function throwIfCancelled(signal, during) {
  if (signal.aborted) throw cancelledError(signal, during);
}
function waitUnlessCancelled(ms, signal, during) {
  return new Promise((resolve2, reject) => {
    if (signal.aborted) return reject(cancelledError(signal, during));
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelledError(signal, during));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve2();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
function cancelOnSignals() {
  const controller = new AbortController();
  let stage = "start-up";
  let deadline;
  const onSignal = (name) => {
    if (controller.signal.aborted) {
      forceExit(new CancelledError(name, stage));
      return;
    }
    info2(`Received ${name}: cancelling the deployment.`);
    controller.abort(new Interruption(name));
    deadline = setTimeout(() => forceExit(new CancelledError(name, stage)), GRACE_MS).unref();
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    enter: (next) => {
      stage = next;
    },
    dispose: () => {
      clearTimeout(deadline);
      for (const name of SIGNALS) process.off(name, onSignal);
    }
  };
}
function forceExit(error2) {
  fail(error2);
  exitWhenWritten(1);
}

// src/http/transport.ts
var USER_AGENT = `${package_default.name}/${package_default.version}`;
var DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
var WRITE_SLICE_BYTES = 64 * 1024;
var client;
function httpClient() {
  client ??= new HttpClient(USER_AGENT, [], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: true
  });
  return client;
}
function closeTransport() {
  client?.dispose();
  client = void 0;
}
var NetworkError = class extends ActionError {
  constructor(step, cause, attempts, stoppedEarly) {
    const reason = networkFailureReason(cause);
    const early = stoppedEarly ? `; not retried: ${stoppedEarly}` : "";
    super(`${step} failed after ${attempts} attempt(s): ${reason}${early}`, {
      step,
      fix: "Check the runner can reach the endpoint (proxy settings: https_proxy, no_proxy) and retry the job.",
      doc: "network-errors"
    });
    this.name = "NetworkError";
  }
};
var UnreachableHost = class extends ActionError {
  constructor(step, reason) {
    super(`${step} failed: ${reason}.`, { step, doc: "network-errors" });
    this.reason = reason;
    this.name = "UnreachableHost";
  }
  reason;
};
var AttemptTimeout = class extends Error {
  constructor(limit) {
    super(timedOutReason(limit));
    this.limit = limit;
    this.name = "AttemptTimeout";
  }
  limit;
};
async function send(request, policy = defaultRetryPolicy(request.url)) {
  assertHttps(request);
  assertRedirectsSafe(request);
  throwIfCancelled(request.signal, request.step);
  const now = policy.now ?? Date.now;
  const end = stepEnd(request, now());
  let attempts = 0;
  let stoppedEarly;
  try {
    const reply = await withRetry(
      async (attemptNumber) => {
        attempts = attemptNumber;
        return await sendOnce(request, attemptLimit(request, end.at - now()));
      },
      (outcome) => judgeReply(outcome, request),
      {
        ...policy,
        sleep: (ms) => waitUnlessCancelled(ms, request.signal, request.step),
        onRetry: (retry) => {
          info2(
            `${request.step}: ${retry.reason}; retrying in ${formatSeconds(retry.delayMs)} (attempt ${retry.attempt + 1} of ${policy.attempts}).`
          );
          policy.onRetry?.(retry);
        },
        onGiveUp: (giveUp) => {
          stoppedEarly = giveUpText(giveUp, end);
          info2(`${request.step}: ${giveUp.reason}; not retried: ${stoppedEarly}.`);
          policy.onGiveUp?.(giveUp);
        }
      },
      end.at
    );
    if (request.redirects !== "return") refuseRedirect(request.step, reply);
    return { ...reply, attempts };
  } catch (error2) {
    if (error2 instanceof ActionError) throw error2;
    if (error2 instanceof Unreachable) throw new UnreachableHost(request.step, error2.reason);
    throw new NetworkError(request.step, error2, attempts, stoppedEarly);
  }
}
function stepEnd(request, started) {
  const budget = {
    at: started + request.limits.budgetMs,
    what: `the step's ${formatSeconds(request.limits.budgetMs)} time budget`
  };
  return request.deadline !== void 0 && request.deadline.at < budget.at ? request.deadline : budget;
}
function attemptLimit(request, remainingMs) {
  const { kind, ms } = request.limits.attempt;
  const limit = { kind, ms: Math.min(ms, knob("attemptLimitMs", request.url)) };
  return kind === "idle" ? { ...limit, ceilingMs: Math.max(limit.ms, remainingMs) } : limit;
}
function giveUpText(giveUp, end) {
  const wait = formatSeconds(giveUp.delayMs);
  return giveUp.why === "retry-after" ? `the server asked to wait ${wait}, longer than the ${formatSeconds(MAX_RETRY_AFTER_MS)} the action waits` : `waiting ${wait} more would run past ${end.what}`;
}
function networkFailureReason(error2) {
  if (error2 instanceof AttemptTimeout || error2 instanceof Unreachable) return error2.message;
  const message = error2 instanceof Error ? error2.message : String(error2);
  const code = typeof error2 === "object" && error2 !== null ? error2.code : void 0;
  if (code === "ECONNRESET" || code === "EPIPE" || code === "ERR_STREAM_PREMATURE_CLOSE" || /socket hang up|aborted/i.test(message)) {
    return `the connection was dropped before a reply (${printable(message)})`;
  }
  if (code === "ECONNREFUSED") return `the connection was refused (${printable(message)})`;
  return printable(message);
}
function timedOutReason(limit) {
  return limit.kind === "idle" ? `timed out: no data moved for ${formatSeconds(limit.ms)}` : `timed out: no complete reply within ${formatSeconds(limit.ms)}`;
}
function judgeReply(outcome, request) {
  if ("error" in outcome) {
    if (outcome.error instanceof ActionError || outcome.error instanceof Unreachable) {
      return { retry: false };
    }
    return { retry: true, reason: networkFailureReason(outcome.error) };
  }
  const { status, headers } = outcome.value;
  const throttleMs = request.throttled?.(outcome.value);
  if (throttleMs !== void 0) {
    return { retry: true, reason: `HTTP ${status} (rate limited)`, retryAfterMs: throttleMs };
  }
  const alsoTransient = request.machineLocal?.alsoTransient ?? [];
  if (!isTransientStatus(status) && !alsoTransient.includes(status)) return { retry: false };
  return {
    retry: true,
    reason: `HTTP ${status}`,
    retryAfterMs: parseRetryAfter(headers["retry-after"])
  };
}
function refuseRedirect(step, reply) {
  if (reply.status < 300 || reply.status >= 400 || reply.status === 304) return;
  let target = "no Location";
  try {
    if (reply.headers.location) target = `to ${new URL(reply.headers.location).origin}`;
  } catch {
    target = "to an invalid Location";
  }
  throw new ActionError(
    `${step}: the server answered with a redirect (HTTP ${reply.status}, ${printable(target)}); redirects are refused so that no credential follows one.`,
    {
      step,
      status: reply.status,
      doc: "network-errors",
      fix: "Check the endpoint inputs point at the service itself, not at a gateway or proxy that redirects."
    }
  );
}
function assertRedirectsSafe(request) {
  if (request.redirects !== "return") return;
  const names = Object.keys(request.headers ?? {}).map((name) => name.toLowerCase());
  if (request.method !== "GET" || request.body !== void 0 || names.some(isCredentialHeader)) {
    throw new Error(`${request.step}: only a GET without a credential may follow redirects.`);
  }
}
function isCredentialHeader(name) {
  return name === "authorization" || name === "cookie" || name.startsWith("x-ms-");
}
function assertHttps(request) {
  let protocol;
  try {
    protocol = new URL(request.url).protocol;
  } catch {
    throw new ActionError(`${request.step}: the URL is not valid.`, { step: request.step });
  }
  if (protocol === "http:" && request.machineLocal !== void 0 && isOnMachine(request.url)) return;
  if (protocol !== "https:") {
    throw new ActionError(
      `${request.step}: refused to send a request over ${protocol} (https only).`,
      {
        step: request.step,
        fix: "Endpoints must be https URLs."
      }
    );
  }
}
function isOnMachine(url) {
  let host;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  } catch {
    return false;
  }
  if (host === "localhost" || isLoopback(`http://[${host}]/`) || isLoopback(`http://${host}/`)) {
    return true;
  }
  if ((0, import_node_net.isIP)(host) === 4) return /^169\.254\.\d{1,3}\.\d{1,3}$/.test(host);
  return (0, import_node_net.isIP)(host) === 6 && /^fe[89ab][0-9a-f]:/.test(host);
}
var Unreachable = class extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
    this.name = "Unreachable";
  }
  reason;
};
var UNREACHABLE_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EHOSTDOWN"]);
function sendOnce(request, limit) {
  const url = new URL(request.url);
  const body = request.body;
  const parts = isStreamBody(body) ? void 0 : bodyParts(body);
  const headers = lowercaseKeys2(request.headers ?? {});
  headers["user-agent"] = headers["user-agent"] ? `${USER_AGENT} ${headers["user-agent"]}` : USER_AGENT;
  if (isStreamBody(body)) headers["content-length"] = String(body.length);
  else if (parts !== void 0) {
    headers["content-length"] = String(parts.reduce((sum, part) => sum + part.length, 0));
  }
  return new Promise((resolve2, reject) => {
    let timer;
    let settled = false;
    const ceiling = limit.ceilingMs === void 0 ? void 0 : setTimeout(
      () => end(new AttemptTimeout({ kind: "total", ms: limit.ceilingMs })),
      limit.ceilingMs
    );
    const restartTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => end(new AttemptTimeout(limit)), limit.ms);
    };
    const end = (error2, reply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(ceiling);
      request.signal.removeEventListener("abort", onAbort);
      if (reply !== void 0) return resolve2(reply);
      req.destroy(error2 instanceof Error ? error2 : new Error(String(error2)));
      reject(error2);
    };
    const onAbort = () => end(cancelledError(request.signal, request.step));
    const progress = () => {
      if (limit.kind === "idle" && !settled) restartTimer();
    };
    const plain = url.protocol === "http:";
    const req = (plain ? import_node_http.default : import_node_https.default).request({
      host: url.hostname.replace(/^\[|\]$/g, ""),
      port: url.port ? Number(url.port) : plain ? 80 : 443,
      path: `${url.pathname}${url.search}`,
      method: request.method,
      headers,
      // The machine's own endpoint: a fresh direct socket, never a proxy's (NO_PROXY or not).
      agent: request.machineLocal ? false : httpClient().getAgent(request.url)
    });
    restartTimer();
    request.signal.addEventListener("abort", onAbort, { once: true });
    const local = request.machineLocal;
    if (local !== void 0) {
      const connectTimer = setTimeout(
        () => end(
          new Unreachable(
            `no connection within ${formatSeconds(local.connectLimitMs)} (nothing answers at ${url.host})`
          )
        ),
        local.connectLimitMs
      );
      req.on("socket", (socket) => socket.once("connect", () => clearTimeout(connectTimer)));
      req.on("close", () => clearTimeout(connectTimer));
    }
    req.on("error", (error2) => end(local ? unreachableOr(error2, url.host) : error2));
    req.on("response", (response) => {
      progress();
      readReply(response, request, progress).then(
        (reply) => end(void 0, reply),
        (error2) => end(error2)
      );
    });
    const writing = isStreamBody(body) ? writeStream(req, body.open(), progress) : writeBody(req, parts, progress);
    writing.catch((error2) => end(error2));
  });
}
function unreachableOr(error2, host) {
  const code = error2.code;
  if (typeof code !== "string" || !UNREACHABLE_CODES.has(code)) return error2;
  return new Unreachable(`the connection to ${host} was refused or has no route (${code})`);
}
function isStreamBody(body) {
  return typeof body === "object" && !Buffer.isBuffer(body) && !Array.isArray(body);
}
function bodyParts(body) {
  if (body === void 0) return void 0;
  if (typeof body === "string") return [Buffer.from(body, "utf8")];
  return Buffer.isBuffer(body) ? [body] : body;
}
async function writeBody(req, parts, progress, last = true) {
  for (const part of parts ?? []) {
    for (let offset = 0; offset < part.length; offset += WRITE_SLICE_BYTES) {
      if (req.destroyed) return;
      const slice = part.subarray(offset, offset + WRITE_SLICE_BYTES);
      if (!req.write(slice, () => progress())) await drained(req);
    }
  }
  if (last && !req.destroyed) req.end();
}
async function writeStream(req, source, progress) {
  try {
    for await (const chunk of source) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      await writeBody(req, [buffer], progress, false);
      if (req.destroyed) return;
    }
    if (!req.destroyed) req.end();
  } finally {
    ;
    source.destroy?.();
  }
}
function drained(req) {
  return new Promise((resolve2) => {
    const done = () => {
      req.off("drain", done);
      req.off("close", done);
      resolve2();
    };
    req.on("drain", done);
    req.on("close", done);
  });
}
function readReply(response, request, progress) {
  const status = response.statusCode ?? 0;
  if (request.replyTo !== void 0 && status >= 200 && status < 300) {
    return streamReply(response, request.step, request.replyTo, progress);
  }
  const limit = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let size = 0;
    response.on("data", (chunk) => {
      progress();
      size += chunk.length;
      if (size > limit) {
        response.destroy();
        reject(
          new ActionError(
            `${request.step}: the server's reply exceeded ${limit} bytes and was refused.`,
            { step: request.step }
          )
        );
        return;
      }
      chunks.push(chunk);
    });
    response.on("error", reject);
    response.on("close", () => {
      if (!response.complete) reject(new Error("aborted: the reply was cut off"));
    });
    response.on(
      "end",
      () => resolve2({
        status: response.statusCode ?? 0,
        headers: flattenHeaders(response.headers),
        body: Buffer.concat(chunks).toString("utf8")
      })
    );
  });
}
async function streamReply(response, step, sink, progress) {
  let size = 0;
  const counter = new import_node_stream.Transform({
    transform(chunk, _encoding, done) {
      progress();
      size += chunk.length;
      if (size <= sink.maxBytes) return done(null, chunk);
      done(
        new ActionError(`${step}: the reply exceeded ${sink.maxBytes} bytes and was refused.`, {
          step
        })
      );
    }
  });
  await (0, import_promises.pipeline)(response, counter, sink.open());
  if (!response.complete) throw new Error("aborted: the reply was cut off");
  return { status: response.statusCode ?? 0, headers: flattenHeaders(response.headers), body: "" };
}
function lowercaseKeys2(headers) {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])
  );
}
function flattenHeaders(headers) {
  const flat = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== void 0)
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
function parseJson(reply, step) {
  try {
    return JSON.parse(reply.body);
  } catch {
    throw new ActionError(
      `${step}: HTTP ${reply.status} with a body that is not JSON (${describeBody(reply.body)}).`,
      { step, status: reply.status }
    );
  }
}
function describeBody(body, limit = 200) {
  const oneLine = body.replace(/\s+/g, " ").trim();
  return oneLine.length === 0 ? "empty body" : printable(oneLine, limit);
}

// src/json.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asRecord(value) {
  return isRecord(value) ? value : void 0;
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  troubleshootingUrl,
  ActionError,
  InputError,
  errorText,
  require_node_os,
  require_node_crypto,
  require_node_fs,
  require_node_path,
  require_node_http,
  require_node_https,
  require_node_net,
  require_node_tls,
  require_node_events,
  require_node_assert,
  require_node_util,
  summary,
  require_node_child_process,
  getInput,
  setOutput,
  isDebug,
  registerSecret,
  redact,
  formatBytes,
  formatCount,
  formatSeconds,
  printable,
  info2 as info,
  warning2 as warning,
  notice2 as notice,
  debug2 as debug,
  relayed,
  group,
  fail,
  exitWhenWritten,
  Interruption,
  CancelledError,
  cancelledError,
  throwIfCancelled,
  waitUnlessCancelled,
  cancelOnSignals,
  knob,
  require_node_stream,
  CLOUDS,
  findCloud,
  armScope,
  defaultRetryPolicy,
  withRetry,
  parseRetryAfter,
  isTransientStatus,
  diagnoseEntra,
  staticSiteResourceId,
  diagnoseArm,
  diagnoseTransient,
  STEP_LIMITS,
  require_promises,
  closeTransport,
  UnreachableHost,
  send,
  isOnMachine,
  parseJson,
  describeBody,
  isRecord,
  asRecord,
  require_ms
};
