package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One option of a Prequel choice. On the wire a choice is a selector field holding {@link
 * #optionName()} (for example {@code "auth_method": "password_auth"}) plus a sibling object under
 * that same name holding {@link #optionBody()}; both are written from this one value, so they can
 * never disagree. Where the reference page shows the sibling object without a selector, the
 * enclosing block writes the sibling object only.
 */
public interface ChoiceOption {
  /** The option's wire name, used as the selector value and as the sibling object's key. */
  @JsonIgnore
  String optionName();

  /** The sibling object written under {@link #optionName()}, or null when the option has none. */
  @JsonIgnore
  default Object optionBody() {
    return this;
  }
}
