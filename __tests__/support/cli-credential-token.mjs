// Runs in its own process, as the setup command does: @azure/identity's AzureCliCredential asks
// `az account get-access-token` (the az of this process's environment) for the scope in argv[2]
// and prints the token as JSON on stdout; a failure prints the credential's message on stderr.
import { AzureCliCredential } from '@azure/identity'

try {
  const { token } = await new AzureCliCredential().getToken(process.argv[2])
  process.stdout.write(JSON.stringify({ token }))
} catch (error) {
  process.stderr.write(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
