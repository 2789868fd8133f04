/**
 * The rules screen: the rules the next run uses, on or off, severities, parameters; kept as the
 * workspace's profile ({@link dev.p2caudit.ui.rules.ProfileDocument}), which every later run applies.
 */
package dev.p2caudit.ui.rules;
