package dk.mikrolan.rest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mikrolan.money.DkkAmount;
import java.math.BigDecimal;

/** How the adapter writes the contract's values: money with exactly two decimals and its currency. */
final class Views {

  private Views() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** {@code {"amount": "1250.00", "currency": "DKK"}}. */
  static ObjectNode money(DkkAmount amount) {
    ObjectNode o = object();
    o.put("amount", BigDecimal.valueOf(amount.ore(), 2).toPlainString());
    o.put("currency", "DKK");
    return o;
  }
}
