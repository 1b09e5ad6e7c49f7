// The fault matrix (README's Reliability table): every remote step of a deployment, faulted every
// way a network fails, through dist/index.js. One faulty reply is survived; a fault that never
// clears fails within the retry budget with a message naming the step and the fault.
// This part: the identity and ARM steps, every reply faulty.
import { faultMatrixPart } from '../support/fault-matrix-run.js'

faultMatrixPart({
  name: 'identity-persistent',
  services: ['github', 'entra', 'arm'],
  modes: ['persistent']
})
