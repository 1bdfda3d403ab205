/** Shared web infrastructure: security headers, themes, error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package nl.motiemonitor.web;
