<#--
  The distribution's THIRD-PARTY.txt, rendered by license-maven-plugin's add-third-party from the
  runtime dependency tree (pom.xml, "third-party-notice"). Licence names arrive merged to SPDX ids
  (licenseMerges); texts names the standard text shipped for each, where one is the same for every
  project. MIT and BSD texts carry each project's own copyright line, so for those the library's
  own licence file (copied from its jar, or committed under src/dist/licenses/<artifactId>/) is
  the text: the build test (DistributionIT) fails when one is missing.
-->
<#assign texts = {
  "Apache-2.0": "licenses/Apache-2.0.txt",
  "LGPL-2.1-or-later": "licenses/LGPL-2.1.txt",
  "MPL-2.0": "licenses/MPL-2.0.txt"
}>
<#function textOf licence artifact>
  <#if texts[licence]??><#return texts[licence]></#if>
  <#return "licenses/" + artifact + "/ (the library's own licence file)">
</#function>
<#function used licences>
  <#list licences as l><#if texts[l]??><#return l></#if></#list>
  <#return licences[0]>
</#function>
P2C Auditor - third-party software
==================================

p2c-audit.jar contains the ${dependencyMap?size} libraries below, unmodified. Each entry gives the
library's name, version, Maven coordinates, project page (where its source is published) and
licence, and where the licence text is:

- standard licence texts are in licenses/ (Apache-2.0.txt, LGPL-2.1.txt, MPL-2.0.txt);
- the licence and notice files a library ships in its own jar are copied unchanged to
  licenses/<artifact>/ (for Apache-licensed libraries this includes their NOTICE files).

A library offered under a choice of licences is used here under the one named "used".

Libraries under the GNU LGPL (JFreeChart) are included as unmodified class files (for JFreeChart,
org/jfree/** inside p2c-audit.jar). You may replace them with a modified or newer version built
from the library's source (see its project page) by replacing those classes in the jar; the LGPL
2.1 text is licenses/LGPL-2.1.txt.

<#list dependencyMap as e>
<#assign p = e.getKey()>
<#assign licences = e.getValue()>
${p.name?contains("Unnamed")?then(p.artifactId, p.name)} ${p.version}
  ${p.groupId}:${p.artifactId}:${p.version} - ${p.url!"(no project page given)"}
<#if licences?size == 1>
  Licence: ${licences[0]}; text: ${textOf(licences[0], p.artifactId)}
<#else>
  Licences: ${licences?join(" or ")}; used: ${used(licences)}; text: ${textOf(used(licences), p.artifactId)}
</#if>

</#list>
