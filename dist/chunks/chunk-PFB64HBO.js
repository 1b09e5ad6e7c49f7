import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CHANNELS,
  ENGINE_VERSION,
  sameBuildId
} from "./chunk-RNULDIMQ.js";
import {
  isRecord
} from "./chunk-QHVDYYVQ.js";
import {
  STEP_LIMITS,
  describeBody,
  parseJson,
  send
} from "./chunk-EUBNWP6M.js";
import {
  ActionError,
  InputError,
  formatBytes,
  info,
  printable,
  warning
} from "./chunk-B36TA7D5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// builtin:node:crypto?src/engine/install.ts
var require_node_crypto = __commonJS({
  "builtin:node:crypto?src/engine/install.ts"(exports, module) {
    module.exports = __require("node:crypto");
  }
});

// builtin:node:fs?src/engine/install.ts
var require_node_fs = __commonJS({
  "builtin:node:fs?src/engine/install.ts"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:fs/promises?src/engine/install.ts
var require_promises = __commonJS({
  "builtin:node:fs/promises?src/engine/install.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:os?src/engine/install.ts
var require_node_os = __commonJS({
  "builtin:node:os?src/engine/install.ts"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin:node:path?src/engine/install.ts
var require_node_path = __commonJS({
  "builtin:node:path?src/engine/install.ts"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin:node:timers/promises?src/engine/install.ts
var require_promises2 = __commonJS({
  "builtin:node:timers/promises?src/engine/install.ts"(exports, module) {
    module.exports = __require("node:timers/promises");
  }
});

// builtin:node:crypto?src/http/download.ts
var require_node_crypto2 = __commonJS({
  "builtin:node:crypto?src/http/download.ts"(exports, module) {
    module.exports = __require("node:crypto");
  }
});

// builtin:node:fs/promises?src/http/download.ts
var require_promises3 = __commonJS({
  "builtin:node:fs/promises?src/http/download.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:stream?src/http/download.ts
var require_node_stream = __commonJS({
  "builtin:node:stream?src/http/download.ts"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// builtin:node:fs/promises?src/tempFolder.ts
var require_promises4 = __commonJS({
  "builtin:node:fs/promises?src/tempFolder.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:os?src/engine/platform.ts
var require_node_os2 = __commonJS({
  "builtin:node:os?src/engine/platform.ts"(exports, module) {
    module.exports = __require("node:os");
  }
});

// src/engine/install.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_promises3 = __toESM(require_promises(), 1);
var import_node_os2 = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_promises4 = __toESM(require_promises2(), 1);

// src/http/download.ts
var import_node_crypto = __toESM(require_node_crypto2(), 1);
var import_promises = __toESM(require_promises3(), 1);
var import_node_stream = __toESM(require_node_stream(), 1);
var MAX_REDIRECTS = 5;
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
async function getFollowingRedirects(request) {
  const chain = [request.url];
  for (; ; ) {
    const url = chain.at(-1);
    const reply = await send({ ...request, method: "GET", url, redirects: "return" });
    if (!REDIRECT_STATUSES.has(reply.status)) return { ...reply, chain };
    if (chain.length > MAX_REDIRECTS) {
      throw new ActionError(
        `${request.step}: more than ${MAX_REDIRECTS} redirects from ${originOf(request.url)}; refused.`,
        { step: request.step, status: reply.status, doc: "network-errors" }
      );
    }
    chain.push(redirectTarget(request.step, url, reply));
  }
}
function redirectTarget(step, from, reply) {
  const location = reply.headers.location;
  let target;
  try {
    if (location) target = new URL(location, from);
  } catch {
    target = void 0;
  }
  if (target === void 0) {
    throw new ActionError(
      `${step}: HTTP ${reply.status} from ${originOf(from)} without a valid Location.`,
      { step, status: reply.status, doc: "network-errors" }
    );
  }
  if (target.protocol !== "https:") {
    throw new ActionError(
      `${step}: ${originOf(from)} redirected to ${printable(target.protocol.replace(/:$/, ""))} (${printable(target.host)}); only https is followed.`,
      { step, status: reply.status, doc: "network-errors" }
    );
  }
  return target.toString();
}
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return "an invalid URL";
  }
}
async function downloadFile(request, file) {
  let sink;
  const { maxBytes, ...get } = request;
  const reply = await getFollowingRedirects({
    ...get,
    replyTo: {
      maxBytes,
      open: () => {
        sink = new DigestingFile(file);
        return sink;
      }
    }
  });
  if (reply.status !== 200 || sink === void 0) {
    return { ok: false, status: reply.status, chain: reply.chain };
  }
  return { ok: true, bytes: sink.bytes, sha256: sink.digest(), chain: reply.chain };
}
var DigestingFile = class extends import_node_stream.Writable {
  constructor(file) {
    super();
    this.file = file;
  }
  file;
  bytes = 0;
  hash = (0, import_node_crypto.createHash)("sha256");
  handle;
  hex;
  digest() {
    if (this.hex === void 0) throw new Error("the download did not finish");
    return this.hex;
  }
  opened() {
    this.handle ??= (0, import_promises.open)(this.file, "w", 384);
    return this.handle;
  }
  _write(chunk, _encoding, done) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.opened().then((handle) => writeAll(handle, chunk)).then(
      () => done(),
      (error) => done(error)
    );
  }
  _final(done) {
    this.opened().then((handle) => handle.close()).then(
      () => {
        this.hex = this.hash.digest("hex");
        done();
      },
      (error) => done(error)
    );
  }
  _destroy(error, done) {
    if (this.handle === void 0 || this.hex !== void 0) return done(error);
    this.handle.then((handle) => handle.close()).then(
      () => done(error),
      () => done(error)
    );
  }
};
async function writeAll(handle, chunk) {
  for (let offset = 0; offset < chunk.length; ) {
    offset += (await handle.write(chunk, offset)).bytesWritten;
  }
}

// src/tempFolder.ts
var import_promises2 = __toESM(require_promises4(), 1);
var removeTree = (folder) => (0, import_promises2.rm)(folder, { recursive: true, force: true });
var TRANSIENT = /* @__PURE__ */ new Set(["EBUSY", "EPERM", "ENOTEMPTY", "EMFILE", "ENFILE"]);
var REMOVAL_DELAYS_MS = [100, 200, 400, 800, 1600];
async function removeTempFolder(folder, remove = removeTree, delaysMs = REMOVAL_DELAYS_MS) {
  for (let attempt = 0; ; attempt++) {
    try {
      await remove(folder);
      return;
    } catch (error) {
      const code = error?.code ?? String(error);
      const delay = delaysMs[attempt];
      if (TRANSIENT.has(code) && delay !== void 0) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        continue;
      }
      warning(
        `Could not remove the temporary folder ${printable(folder)} (${printable(code)}); the deployment's result stands. RUNNER_TEMP is emptied after the job; elsewhere delete it by hand.`
      );
      return;
    }
  }
}

// src/engine/manifest.ts
var MANIFEST_URL = "https://aka.ms/swalocaldeploy";
var SHA256_HEX = /^[0-9a-f]{64}$/;
var STEP = "StaticSitesClient manifest";
var DOC = "official-client-unavailable";
async function findRelease(wanted, platform, signal) {
  const reply = await getFollowingRedirects({
    step: STEP,
    url: MANIFEST_URL,
    signal,
    limits: STEP_LIMITS.clientManifest
  });
  const answeredBy = reply.chain.at(-1) ?? MANIFEST_URL;
  if (reply.status !== 200) {
    throw new ActionError(
      `${STEP}: HTTP ${reply.status} from ${originOf(answeredBy)} (${describeBody(reply.body)}).`,
      {
        step: STEP,
        status: reply.status,
        doc: DOC,
        fix: `Re-run the job later; the manifest at ${MANIFEST_URL} decides which client to download. engine: native does not need it.`
      }
    );
  }
  info(`${STEP}: ${reply.chain.map(printableUrl).join(" \u2192 ")}`);
  return chooseRelease(parseJson(reply, STEP), wanted, platform);
}
function chooseRelease(manifest, wanted, platform) {
  if (!Array.isArray(manifest)) {
    throw unusable(`the manifest is not a JSON array (${describeBody(JSON.stringify(manifest))})`);
  }
  const entries = manifest.filter(isRecord);
  const isChannel = CHANNELS.includes(wanted);
  const entry = entries.find(
    (candidate) => isChannel ? candidate.version === wanted : typeof candidate.buildId === "string" && sameBuildId(candidate.buildId, wanted)
  );
  if (entry === void 0) throw unknownVersion(wanted, entries);
  const buildId = typeof entry.buildId === "string" ? entry.buildId : "";
  if (!ENGINE_VERSION.test(buildId) || CHANNELS.includes(buildId)) {
    throw unusable(`the entry for '${wanted}' has no usable buildId (${printable(buildId, 80)})`);
  }
  const label = `buildId ${buildId}`;
  const file = isRecord(entry.files) ? entry.files[platform] : void 0;
  if (!isRecord(file)) {
    const offered = isRecord(entry.files) ? Object.keys(entry.files).map((key) => printable(key, 40)) : [];
    throw new ActionError(
      `${STEP}: ${label} has no ${platform} file (it lists ${offered.join(", ") || "none"}).`,
      {
        step: STEP,
        doc: DOC,
        fix: "Pin engine-version to a buildId that has this runner\u2019s file, or use engine: native."
      }
    );
  }
  const url = typeof file.url === "string" ? file.url : "";
  if (!isHttpsUrl(url)) {
    throw unusable(`the ${platform} file of ${label} is not an https URL (${printable(url, 120)})`);
  }
  const sha256 = typeof file.sha === "string" ? file.sha.toLowerCase() : "";
  if (!SHA256_HEX.test(sha256)) {
    throw unusable(`the ${platform} file of ${label} has no SHA-256 of 64 hex digits`);
  }
  return {
    version: typeof entry.version === "string" ? entry.version : "",
    buildId,
    publishDate: typeof entry.publishDate === "string" ? entry.publishDate : void 0,
    url,
    sha256
  };
}
function unknownVersion(wanted, entries) {
  const listed = entries.filter((entry) => typeof entry.buildId === "string").map(
    (entry) => typeof entry.version === "string" ? `${printable(entry.version, 20)} (${printable(entry.buildId, 64)})` : printable(entry.buildId, 64)
  );
  return new ActionError(
    `engine-version '${printable(wanted, 64)}' is not in the StaticSitesClient manifest; it lists ${listed.join(", ") || "nothing"}.`,
    {
      step: STEP,
      doc: DOC,
      fix: "Set engine-version to stable, latest, backup or one of the buildIds listed."
    }
  );
}
function unusable(problem) {
  return new ActionError(`${STEP}: ${problem}; nothing was downloaded.`, {
    step: STEP,
    doc: DOC,
    fix: "Re-run the job later (the manifest may be mid-update), pin engine-version to another buildId, or use engine: native."
  });
}
function isHttpsUrl(value) {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}
function printableUrl(url) {
  try {
    const parsed = new URL(url);
    return printable(`${parsed.origin}${parsed.pathname}`, 200);
  } catch {
    return "an invalid URL";
  }
}

// src/engine/platform.ts
var import_node_os = __toESM(require_node_os2(), 1);
var PLATFORMS = {
  linux: { key: "linux-x64", fileName: "StaticSitesClient" },
  win32: { key: "win-x64", fileName: "StaticSitesClient.exe" },
  darwin: { key: "osx-x64", fileName: "StaticSitesClient" }
};
var ARCH_NAMES = {
  x86: "ia32",
  x64: "x64",
  arm: "arm",
  arm64: "arm64"
};
function officialClientPlatform(env, platform = process.platform, arch = import_node_os.default.arch()) {
  const runnerArch = env.RUNNER_ARCH?.trim().toLowerCase();
  const cpu = runnerArch && ARCH_NAMES[runnerArch] || arch;
  const found = PLATFORMS[platform];
  if (cpu === "x64" && found) return found;
  const runner = found ? `an ${cpu} runner` : `a ${platform} runner`;
  return {
    problem: `Input engine: official needs an x64 Linux, Windows or macOS runner: Microsoft builds StaticSitesClient for those only, and this is ${runner}. Use engine: native (the default), which runs on every runner, or run this job on an x64 runner.`
  };
}

// src/engine/install.ts
var TOOL_NAME = "StaticSitesClient";
var TOOL_ARCH = "x64";
var STEP2 = "StaticSitesClient download";
var DOC2 = "official-client-unavailable";
var MAX_CLIENT_BYTES = 1024 * 1024 * 1024;
async function installOfficialClient(engineVersion, signal, env = process.env) {
  const platform = officialClientPlatform(env);
  if ("problem" in platform) throw new InputError(platform.problem, { doc: DOC2 });
  if (!env.RUNNER_TOOL_CACHE?.trim()) {
    throw new ActionError(
      "engine: official keeps StaticSitesClient in the runner\u2019s tool cache, and RUNNER_TOOL_CACHE is not set.",
      {
        doc: DOC2,
        fix: "Run the action in a GitHub Actions job (runners set RUNNER_TOOL_CACHE), or set RUNNER_TOOL_CACHE to a folder the job may write."
      }
    );
  }
  const release = await findRelease(engineVersion, platform.key, signal);
  info(
    `StaticSitesClient ${printable(release.version || engineVersion, 20)}: buildId ${release.buildId}${release.publishDate ? `, published ${printable(release.publishDate, 40)}` : ""}, ${platform.key}.`
  );
  const folder = cacheFolder(env.RUNNER_TOOL_CACHE, release.buildId);
  const cached = import_node_path.default.join(folder, platform.fileName);
  const found = await sha256OfFile(cached).catch(() => void 0);
  if (found === release.sha256) {
    info(`Found in the tool cache (${cached}); its SHA-256 matches the manifest.`);
    await makeExecutable(cached).catch(() => void 0);
    return { path: cached, release, platform, downloaded: false };
  }
  if (found !== void 0) {
    warning(
      `The tool cache's StaticSitesClient ${release.buildId} (${cached}) does not match the manifest's SHA-256; downloading it again.`
    );
  }
  await download(release, platform, folder, signal, env);
  return { path: cached, release, platform, downloaded: true };
}
function cacheFolder(toolCacheRoot, buildId) {
  return import_node_path.default.join(toolCacheRoot.trim(), TOOL_NAME, cacheVersion(buildId), TOOL_ARCH);
}
async function download(release, platform, folder, signal, env) {
  const temp = await (0, import_promises3.mkdtemp)(import_node_path.default.join(env.RUNNER_TEMP?.trim() || import_node_os2.default.tmpdir(), "swa-client-"));
  try {
    const file = import_node_path.default.join(temp, platform.fileName);
    const fetched = await downloadFile(
      {
        step: STEP2,
        url: release.url,
        signal,
        limits: STEP_LIMITS.clientDownload,
        maxBytes: MAX_CLIENT_BYTES
      },
      file
    );
    const from = originOf(fetched.chain.at(-1) ?? release.url);
    if (!fetched.ok) {
      throw new ActionError(
        `${STEP2}: HTTP ${fetched.status} from ${from} for buildId ${release.buildId}; nothing was run.`,
        {
          step: STEP2,
          status: fetched.status,
          doc: DOC2,
          fix: "Re-run the job later; if it persists, pin engine-version to another buildId (backup, say) or use engine: native."
        }
      );
    }
    if (fetched.sha256 !== release.sha256) {
      throw new ActionError(
        `${STEP2}: the file from ${from} has SHA-256 ${fetched.sha256}, the manifest says ${release.sha256} (buildId ${release.buildId}); it was deleted and never run.`,
        {
          step: STEP2,
          doc: DOC2,
          fix: "Re-run the job later (a release may be mid-update); if it persists, pin engine-version to another buildId or use engine: native, and check the network path for a proxy that rewrites downloads."
        }
      );
    }
    info(
      `Downloaded ${formatBytes(fetched.bytes)} from ${from}; its SHA-256 matches the manifest (${release.sha256}).`
    );
    const cachedNow = await publish(file, folder, platform.fileName, release.sha256).catch(
      (error) => {
        throw new ActionError(
          `${STEP2}: buildId ${release.buildId} could not be put in the tool cache (${folder}): ${printable(error.code ?? error.message, 80)}; nothing was run.`,
          {
            step: STEP2,
            doc: DOC2,
            fix: "Make RUNNER_TOOL_CACHE a folder this job may write, and re-run; if other jobs share it, re-run once theirs have ended."
          }
        );
      }
    );
    if (cachedNow) {
      info(`Cached as ${import_node_path.default.join(folder, platform.fileName)}.`);
    } else {
      info("Another job cached this build first; its copy matches the manifest and is used.");
    }
  } finally {
    await removeTempFolder(temp);
  }
}
var TAKEN = /* @__PURE__ */ new Set(["EEXIST", "ENOTEMPTY", "EPERM", "EACCES", "EBUSY"]);
var PUBLISH_ATTEMPTS = 3;
var PUBLISH_PAUSE_MS = 200;
async function publish(file, folder, fileName, sha256) {
  const parent = import_node_path.default.dirname(folder);
  await (0, import_promises3.mkdir)(parent, { recursive: true });
  const staging = await (0, import_promises3.mkdtemp)(import_node_path.default.join(parent, `.${TOOL_ARCH}-`));
  try {
    await (0, import_promises3.copyFile)(file, import_node_path.default.join(staging, fileName), import_node_fs.constants.COPYFILE_EXCL);
    await makeExecutable(import_node_path.default.join(staging, fileName));
    for (let attempt = 1; ; attempt++) {
      try {
        await (0, import_promises3.rename)(staging, folder);
        await (0, import_promises3.writeFile)(`${folder}.complete`, "");
        return true;
      } catch (error) {
        const code = error.code ?? "";
        if (!TAKEN.has(code) || attempt === PUBLISH_ATTEMPTS) throw error;
      }
      const theirs = await sha256OfFile(import_node_path.default.join(folder, fileName)).catch(() => void 0);
      if (theirs === sha256) {
        await (0, import_promises3.writeFile)(`${folder}.complete`, "");
        return false;
      }
      const aside = `${staging}-stale`;
      await (0, import_promises3.rename)(folder, aside).catch((error) => {
        if (error.code !== "ENOENT") throw error;
      });
      await (0, import_promises3.rm)(aside, { recursive: true, force: true });
      await (0, import_promises4.setTimeout)(PUBLISH_PAUSE_MS * attempt);
    }
  } finally {
    await (0, import_promises3.rm)(staging, { recursive: true, force: true });
  }
}
async function makeExecutable(file) {
  if (process.platform !== "win32") await (0, import_promises3.chmod)(file, 493);
}
async function privateCopy(client, folder) {
  const copy = import_node_path.default.join(folder, client.platform.fileName);
  const changed = (what) => new ActionError(
    `${TOOL_NAME} ${client.release.buildId} (${client.path}) ${what} after its SHA-256 was checked; it was not run.`,
    {
      step: TOOL_NAME,
      doc: DOC2,
      fix: "Re-run the job; if it persists, something on the runner writes to its tool cache."
    }
  );
  await (0, import_promises3.copyFile)(client.path, copy, import_node_fs.constants.COPYFILE_EXCL).catch(
    (error) => {
      throw changed(`could not be read (${printable(error.code ?? error.message, 80)})`);
    }
  );
  if (await sha256OfFile(copy) !== client.release.sha256) throw changed("changed");
  await makeExecutable(copy);
  return copy;
}
function cacheVersion(buildId) {
  return `0.0.0-build-${buildId.replace(/[^0-9A-Za-z-]/g, "-")}`;
}
async function sha256OfFile(file) {
  const hash = (0, import_node_crypto2.createHash)("sha256");
  for await (const chunk of (0, import_node_fs.createReadStream)(file)) hash.update(chunk);
  return hash.digest("hex");
}

export {
  removeTempFolder,
  installOfficialClient,
  privateCopy,
  cacheVersion
};
