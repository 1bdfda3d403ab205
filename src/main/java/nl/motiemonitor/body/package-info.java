/** The bodies (municipalities, provinces, water boards, parliaments), their party groups and council members. */
@org.springframework.modulith.ApplicationModule(displayName = "Bestuursorganen")
package nl.motiemonitor.body;
