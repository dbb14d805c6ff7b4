/**
 * The assistant's knowledge base: store policies, guides and the catalog, split into passages,
 * embedded in process (no network) and searched by meaning and by words together. Answers cite
 * the passages they used. Nothing here shows a screen.
 */
package com.storedesk.assist.knowledge;
