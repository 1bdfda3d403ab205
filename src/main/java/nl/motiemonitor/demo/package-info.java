/**
 * The demo data: the five letters Motiemonitor began from, as structured records. Loaded on the first start of the
 * embedded database (or whenever {@code motiemonitor.demo-data=true}), once: a body that exists is left alone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demogegevens")
package nl.motiemonitor.demo;
