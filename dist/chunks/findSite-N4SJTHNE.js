import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ACTION_INPUT_WORDS,
  FIND_SITE_STEP,
  SITE_BY_NAME_DOC,
  armError,
  createRestError,
  listRefused,
  listUnfinishedFix,
  listedSites,
  pickSiteGroup,
  refuseOtherOrigin,
  staticSitesListUrl
} from "./chunk-TAPA4MC2.js";
import "./chunk-RAYSHZJF.js";
import "./chunk-EUBNWP6M.js";
import {
  ActionError,
  counted,
  printable
} from "./chunk-B36TA7D5.js";
import "./chunk-HANBNIMK.js";

// src/arm/pages.ts
var MAX_ARM_PAGES = 100;
async function readArmList(list) {
  const items = [];
  let url = list.first;
  for (let page = 0; url !== void 0; page++) {
    if (page === MAX_ARM_PAGES) {
      throw unfinished(
        list,
        `went on past ${MAX_ARM_PAGES} pages (${counted(items.length, "item")} read)`
      );
    }
    refuseOtherOrigin(list.step, url, list);
    const body = await list.readPage(url);
    const record = typeof body === "object" && body !== null ? body : {};
    if (!Array.isArray(record.value)) throw unfinished(list, `page ${page + 1} has no value list`);
    items.push(...record.value);
    url = nextPage(list, record.nextLink, page + 1);
  }
  return items;
}
function nextPage(list, nextLink, page) {
  if (nextLink === void 0 || nextLink === null || nextLink === "") return void 0;
  if (typeof nextLink === "string" && URL.canParse(nextLink)) return nextLink;
  const shown = printable(typeof nextLink === "string" ? nextLink : JSON.stringify(nextLink), 200);
  throw unfinished(list, `page ${page} has a nextLink that is not a URL (${shown})`);
}
function unfinished(list, what) {
  return new ActionError(
    `${list.step}: ARM's list ${what}; the list was not read whole, so nothing is concluded from it.`,
    { step: list.step, doc: list.doc, fix: list.fix }
  );
}

// src/arm/findSite.ts
async function findSiteGroup(arm, config) {
  const wanted = { subscriptionId: config.subscriptionId, appName: config.appName };
  const items = await readArmList({
    step: FIND_SITE_STEP,
    first: staticSitesListUrl(config.resourceManagerEndpoint, config.subscriptionId),
    origin: new URL(config.resourceManagerEndpoint).origin,
    originSetting: "resource-manager-endpoint",
    fix: listUnfinishedFix(ACTION_INPUT_WORDS),
    doc: SITE_BY_NAME_DOC,
    readPage: async (url) => {
      let reply;
      try {
        reply = await arm.pathUnchecked(url).get();
      } catch (error) {
        throw armError(error, config, FIND_SITE_STEP);
      }
      if (reply.status === "403") throw listRefused(wanted, ACTION_INPUT_WORDS, 403);
      if (reply.status !== "200") throw armError(createRestError(reply), config, FIND_SITE_STEP);
      return reply.body;
    }
  });
  return pickSiteGroup(listedSites(items, wanted, ACTION_INPUT_WORDS), wanted, ACTION_INPUT_WORDS);
}
export {
  findSiteGroup
};
