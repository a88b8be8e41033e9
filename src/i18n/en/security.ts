/** Strings of the security work (issue 12): what is and is not remembered, limits of imports. */
export const security = {
  credentialHeadersNotRemembered:
    'Values of credential headers (Authorization, api-key, x-api-key …) and keys in the base URL’s query string are remembered across reloads only with “Remember API keys”, like the key itself.',
};
