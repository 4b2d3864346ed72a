#!/usr/bin/env node
'use strict';
require('./load-bundle.js').loadBundle().exports.main(process.argv);
