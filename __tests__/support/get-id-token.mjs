// Runs in its own process, as an action step would: the real @actions/core getIDToken() against
// whatever ACTIONS_ID_TOKEN_REQUEST_URL names. The token reaches stdout only on core's own
// `::add-mask::` line; a failure ends as core's `::error::` line and exit code 1.
import * as core from '@actions/core'

const audience = process.argv[2] || undefined
try {
  await core.getIDToken(audience)
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error))
}
