#!/usr/bin/env node
'use strict';
const { loadBundle, cacheFor } = require('./load-bundle.js');
loadBundle(cacheFor(process.argv)).exports.main(process.argv);
