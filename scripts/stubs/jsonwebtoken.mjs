// Stands in for jsonwebtoken in the action's bundle. @azure/msal-node signs a client assertion
// with it only for a certificate credential (ClientAssertion.fromCertificate), which the action
// never uses: it hands MSAL the GitHub token as the assertion itself. The real package, with
// semver, jws, jwa and seven lodash modules, is ~130 KB that every sign-in would evaluate.
export default {
  sign() {
    throw new Error(
      'jsonwebtoken is not bundled with this action: certificate credentials are not supported'
    )
  }
}
