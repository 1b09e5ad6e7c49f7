import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/environmentNames.ts
var PRODUCTION = "production";
var ENVIRONMENT_NAME = /^[0-9A-Za-z]{1,16}$/;
var RESERVED_ENVIRONMENT_NAMES = /* @__PURE__ */ new Set(["default"]);
function isProductionName(name) {
  return name.toLowerCase() === PRODUCTION;
}
function environmentNameProblem(name) {
  if (RESERVED_ENVIRONMENT_NAMES.has(name.toLowerCase())) {
    return `'${name}' is reserved by Azure Static Web Apps for production (the service answers: The environment name "default" is invalid. Please choose another value.); use another name, or 'production' to deploy to production.`;
  }
  if (ENVIRONMENT_NAME.test(name)) return void 0;
  if (name.length === 0)
    return "the name is empty; environment names have 1 to 16 letters and digits.";
  if (name.length > 16) {
    return `'${name}' is ${name.length} characters long; environment names have at most 16 letters and digits.`;
  }
  const bad = [...new Set(name.replace(/[0-9A-Za-z]/g, ""))].map((c) => `'${c}'`).join(", ");
  return `'${name}' contains ${bad}; environment names use only letters and digits (at most 16).`;
}
function pullRequestNumberOf(name) {
  return /^[1-9]\d{0,9}$/.test(name) ? Number(name) : void 0;
}

export {
  PRODUCTION,
  isProductionName,
  environmentNameProblem,
  pullRequestNumberOf
};
