package dk.mikrolan.programme;

/**
 * What an item of the start-up budget (etableringsbudget) pays for. The memo's loan is "to be
 * used to establish their own business"; the categories are what establishing one costs.
 */
public enum BudgetCategory {
  /** Equipment, tools and machines (udstyr). */
  EQUIPMENT,
  /** Stock and raw materials (varelager). */
  STOCK,
  /** Registration and other fees to start the business (registrering). */
  REGISTRATION,
  /** Marketing (markedsføring). */
  MARKETING,
  /** Premises: deposit, rent, fitting out (lokaler). */
  PREMISES,
  /** Software and IT (software). */
  SOFTWARE,
  /** Anything else, described in the item (andet). */
  OTHER
}
