#!/usr/bin/env node
'use strict';
const { loadBundle, cacheFor } = require('./load-bundle.js');
const bundle = loadBundle(cacheFor(process.argv));
bundle.exports.main(process.argv, bundle.spare);
