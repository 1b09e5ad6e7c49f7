import * as core from '@actions/core'
test('esm import works', () => {
  expect(typeof core.info).toBe('function')
})
