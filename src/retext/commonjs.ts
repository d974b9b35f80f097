/**
 * The CommonJS entry: `require('outreach-linter/retext')` is the plugin itself, as
 * CommonJS code expects of a unified plugin, and `.default` is the same function for
 * code written against the ES module (or compiled from it).
 */
import retextOutreach from './index.js';

declare const module: { exports: unknown };

module.exports = Object.assign(retextOutreach, { default: retextOutreach });
