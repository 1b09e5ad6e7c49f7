// What the stand-in's 'runner-files' build writes to each runner file it is handed: what a client
// could leave for later steps (the real one has written static_web_app_url to GITHUB_OUTPUT,
// Azure/static-web-apps#1006), one entry per file, each in its file's own syntax.
export const RUNNER_FILE_WRITES: Readonly<Record<string, string>> = {
  GITHUB_OUTPUT:
    'static_web_app_url=https://client-wrote.example/\nurl=https://client-wrote.example/\n',
  GITHUB_ENV: 'CLIENT_WROTE_ENV=yes\nNODE_OPTIONS=--require=/client-wrote/hook.js\n',
  GITHUB_PATH: '/client-wrote/bin\n',
  GITHUB_STATE: 'client_wrote_state=yes\n',
  GITHUB_STEP_SUMMARY: '# Written by StaticSitesClient\n'
}
