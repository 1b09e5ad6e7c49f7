// Stands in for @actions/exec in the action's bundle. @actions/core imports it only for
// platform.getDetails() (sw_vers, lsb_release or PowerShell), which the action never calls;
// StaticSitesClient is started with node:child_process itself (src/engine/process.ts). Bundled,
// it and @actions/io made every run load Node's child_process before its first request.
export function getExecOutput() {
  throw new Error(
    '@actions/exec is not bundled with this action: core.platform.getDetails() is not supported'
  )
}
