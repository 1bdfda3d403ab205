/**
 * Accounts of the staff area: users with roles per body (member or clerk) or administrators, login with throttling,
 * the administrators' pages for users and bodies, and a user's own password. Other modules use only
 * {@link nl.motiemonitor.account.StaffUser}, {@link nl.motiemonitor.account.CurrentUser} and
 * {@link nl.motiemonitor.account.BodyRole}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package nl.motiemonitor.account;
