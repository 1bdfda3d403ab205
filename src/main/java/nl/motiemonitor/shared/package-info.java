/**
 * Vocabulary shared by every module: the lifecycle of motions and commitments, their status history and Dutch
 * date formatting.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.motiemonitor.shared;
