// Entry point of the bundle the runner starts (`node dist/index.js`).
import { run } from './main.js'

await run()
