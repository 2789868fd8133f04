/** The rules screen: rules on or off, severities, parameters; the workspace's profile for the next run. */
package dev.p2caudit.ui.rules;
