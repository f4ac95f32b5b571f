/**
 * A participant's case through the programme's stages — referral, screening, café meetings,
 * competence development, the final seminar, approval and payout — with lawful decisions,
 * hearings, justifications and letters.
 */
@org.jspecify.annotations.NullMarked
package dk.mikrolan.programme;
