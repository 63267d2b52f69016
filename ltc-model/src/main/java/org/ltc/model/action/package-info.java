/**
 * Action: the plan a library makes from public knowledge and the community's stage — actions with owners,
 * partners and their layer of civic life, dates, status and progress; promises; measures; how progress is
 * shared back; and the IAP2 level of public participation. {@link org.ltc.model.action.ActionPlan} is a
 * top-level document.
 *
 * <p>Public API. Records are immutable, validate in their constructors and are thread-safe.
 */
package org.ltc.model.action;
