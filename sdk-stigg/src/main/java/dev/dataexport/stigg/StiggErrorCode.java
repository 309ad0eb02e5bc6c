package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dataexport.core.OpenEnum;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.spi.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Stigg error code, the {@code code} of an error body {@code {"message": ..., "code": ...}}:
 * every code the reference page documents for this call is a constant (grouped below by the HTTP
 * status it comes with), and any other code Stigg adds later is kept as an unknown value. Read it
 * from an exception with {@link #from(ApiException)}. Immutable and thread-safe.
 */
public final class StiggErrorCode extends OpenEnum {
  private static final Values<StiggErrorCode> VALUES = new Values<>(StiggErrorCode::new);

  // HTTP 400

  /** HTTP 400: {@code BadUserInput}. */
  public static final StiggErrorCode BAD_USER_INPUT = VALUES.known("BadUserInput");

  /** HTTP 400: {@code DuplicateIntegrationNotAllowed}. */
  public static final StiggErrorCode DUPLICATE_INTEGRATION_NOT_ALLOWED =
      VALUES.known("DuplicateIntegrationNotAllowed");

  /** HTTP 400: {@code EntityIsArchivedError}. */
  public static final StiggErrorCode ENTITY_IS_ARCHIVED_ERROR =
      VALUES.known("EntityIsArchivedError");

  /** HTTP 400: {@code IntegrityViolation}. */
  public static final StiggErrorCode INTEGRITY_VIOLATION = VALUES.known("IntegrityViolation");

  /** HTTP 400: {@code FreePlanCantHaveCompatiblePackageGroupError}. */
  public static final StiggErrorCode FREE_PLAN_CANT_HAVE_COMPATIBLE_PACKAGE_GROUP_ERROR =
      VALUES.known("FreePlanCantHaveCompatiblePackageGroupError");

  /** HTTP 400: {@code SubscriptionMustHaveSinglePlanError}. */
  public static final StiggErrorCode SUBSCRIPTION_MUST_HAVE_SINGLE_PLAN_ERROR =
      VALUES.known("SubscriptionMustHaveSinglePlanError");

  /** HTTP 400: {@code AddonIsCompatibleWithPlan}. */
  public static final StiggErrorCode ADDON_IS_COMPATIBLE_WITH_PLAN =
      VALUES.known("AddonIsCompatibleWithPlan");

  /** HTTP 400: {@code AddonIsCompatibleWithGroup}. */
  public static final StiggErrorCode ADDON_IS_COMPATIBLE_WITH_GROUP =
      VALUES.known("AddonIsCompatibleWithGroup");

  /** HTTP 400: {@code DuplicateAddonProvisionedError}. */
  public static final StiggErrorCode DUPLICATE_ADDON_PROVISIONED_ERROR =
      VALUES.known("DuplicateAddonProvisionedError");

  /** HTTP 400: {@code ScheduledMigrationAlreadyExistsError}. */
  public static final StiggErrorCode SCHEDULED_MIGRATION_ALREADY_EXISTS_ERROR =
      VALUES.known("ScheduledMigrationAlreadyExistsError");

  /** HTTP 400: {@code SubscriptionAlreadyOnLatestPlan}. */
  public static final StiggErrorCode SUBSCRIPTION_ALREADY_ON_LATEST_PLAN =
      VALUES.known("SubscriptionAlreadyOnLatestPlan");

  /** HTTP 400: {@code EntityIdDifferentFromRefIdError}. */
  public static final StiggErrorCode ENTITY_ID_DIFFERENT_FROM_REF_ID_ERROR =
      VALUES.known("EntityIdDifferentFromRefIdError");

  /** HTTP 400: {@code UnsupportedFeatureType}. */
  public static final StiggErrorCode UNSUPPORTED_FEATURE_TYPE =
      VALUES.known("UnsupportedFeatureType");

  /** HTTP 400: {@code UnsupportedVendorIdentifier}. */
  public static final StiggErrorCode UNSUPPORTED_VENDOR_IDENTIFIER =
      VALUES.known("UnsupportedVendorIdentifier");

  /** HTTP 400: {@code UnsupportedSubscriptionScheduleType}. */
  public static final StiggErrorCode UNSUPPORTED_SUBSCRIPTION_SCHEDULE_TYPE =
      VALUES.known("UnsupportedSubscriptionScheduleType");

  /** HTTP 400: {@code InvalidEntitlementResetPeriod}. */
  public static final StiggErrorCode INVALID_ENTITLEMENT_RESET_PERIOD =
      VALUES.known("InvalidEntitlementResetPeriod");

  /** HTTP 400: {@code IncompatibleSubscriptionAddon}. */
  public static final StiggErrorCode INCOMPATIBLE_SUBSCRIPTION_ADDON =
      VALUES.known("IncompatibleSubscriptionAddon");

  /** HTTP 400: {@code UnPublishedPackage}. */
  public static final StiggErrorCode UN_PUBLISHED_PACKAGE = VALUES.known("UnPublishedPackage");

  /** HTTP 400: {@code MeteringNotAvailableForFeatureType}. */
  public static final StiggErrorCode METERING_NOT_AVAILABLE_FOR_FEATURE_TYPE =
      VALUES.known("MeteringNotAvailableForFeatureType");

  /** HTTP 400: {@code AuthCustomerMismatch}. */
  public static final StiggErrorCode AUTH_CUSTOMER_MISMATCH = VALUES.known("AuthCustomerMismatch");

  /** HTTP 400: {@code AuthCustomerReadonly}. */
  public static final StiggErrorCode AUTH_CUSTOMER_READONLY = VALUES.known("AuthCustomerReadonly");

  /** HTTP 400: {@code FetchAllCountriesPricesNotAllowed}. */
  public static final StiggErrorCode FETCH_ALL_COUNTRIES_PRICES_NOT_ALLOWED =
      VALUES.known("FetchAllCountriesPricesNotAllowed");

  /** HTTP 400: {@code MemberInvitationError}. */
  public static final StiggErrorCode MEMBER_INVITATION_ERROR =
      VALUES.known("MemberInvitationError");

  /** HTTP 400: {@code PlansCircularDependencyError}. */
  public static final StiggErrorCode PLANS_CIRCULAR_DEPENDENCY_ERROR =
      VALUES.known("PlansCircularDependencyError");

  /** HTTP 400: {@code NoFeatureEntitlementInSubscription}. */
  public static final StiggErrorCode NO_FEATURE_ENTITLEMENT_IN_SUBSCRIPTION =
      VALUES.known("NoFeatureEntitlementInSubscription");

  /** HTTP 400: {@code CheckoutIsNotSupported}. */
  public static final StiggErrorCode CHECKOUT_IS_NOT_SUPPORTED =
      VALUES.known("CheckoutIsNotSupported");

  /** HTTP 400: {@code UnsupportedParameter}. */
  public static final StiggErrorCode UNSUPPORTED_PARAMETER = VALUES.known("UnsupportedParameter");

  /** HTTP 400: {@code PricingModelNotSupportedByBillingIntegration}. */
  public static final StiggErrorCode PRICING_MODEL_NOT_SUPPORTED_BY_BILLING_INTEGRATION =
      VALUES.known("PricingModelNotSupportedByBillingIntegration");

  /** HTTP 400: {@code BillingIntegrationMissing}. */
  public static final StiggErrorCode BILLING_INTEGRATION_MISSING =
      VALUES.known("BillingIntegrationMissing");

  /** HTTP 400: {@code BillingIntegrationAlreadyExistsError}. */
  public static final StiggErrorCode BILLING_INTEGRATION_ALREADY_EXISTS_ERROR =
      VALUES.known("BillingIntegrationAlreadyExistsError");

  /** HTTP 400: {@code InvalidMemberDelete}. */
  public static final StiggErrorCode INVALID_MEMBER_DELETE = VALUES.known("InvalidMemberDelete");

  /** HTTP 400: {@code PackageAlreadyPublished}. */
  public static final StiggErrorCode PACKAGE_ALREADY_PUBLISHED =
      VALUES.known("PackageAlreadyPublished");

  /** HTTP 400: {@code DraftPlanCantBeArchived}. */
  public static final StiggErrorCode DRAFT_PLAN_CANT_BE_ARCHIVED =
      VALUES.known("DraftPlanCantBeArchived");

  /** HTTP 400: {@code DraftAddonCantBeArchived}. */
  public static final StiggErrorCode DRAFT_ADDON_CANT_BE_ARCHIVED =
      VALUES.known("DraftAddonCantBeArchived");

  /** HTTP 400: {@code PlanWithChildCantBeDeleted}. */
  public static final StiggErrorCode PLAN_WITH_CHILD_CANT_BE_DELETED =
      VALUES.known("PlanWithChildCantBeDeleted");

  /** HTTP 400: {@code PlanCannotBePublishWhenBasePlanIsDraft}. */
  public static final StiggErrorCode PLAN_CANNOT_BE_PUBLISH_WHEN_BASE_PLAN_IS_DRAFT =
      VALUES.known("PlanCannotBePublishWhenBasePlanIsDraft");

  /** HTTP 400: {@code PlanCannotBePublishWhenCompatibleAddonIsDraft}. */
  public static final StiggErrorCode PLAN_CANNOT_BE_PUBLISH_WHEN_COMPATIBLE_ADDON_IS_DRAFT =
      VALUES.known("PlanCannotBePublishWhenCompatibleAddonIsDraft");

  /** HTTP 400: {@code PlanIsUsedAsDefaultStartPlan}. */
  public static final StiggErrorCode PLAN_IS_USED_AS_DEFAULT_START_PLAN =
      VALUES.known("PlanIsUsedAsDefaultStartPlan");

  /** HTTP 400: {@code PlanIsUsedAsDowngradePlan}. */
  public static final StiggErrorCode PLAN_IS_USED_AS_DOWNGRADE_PLAN =
      VALUES.known("PlanIsUsedAsDowngradePlan");

  /** HTTP 400: {@code InvalidAddressError}. */
  public static final StiggErrorCode INVALID_ADDRESS_ERROR = VALUES.known("InvalidAddressError");

  /** HTTP 400: {@code InvalidQuantity}. */
  public static final StiggErrorCode INVALID_QUANTITY = VALUES.known("InvalidQuantity");

  /** HTTP 400: {@code BillingPeriodMissingError}. */
  public static final StiggErrorCode BILLING_PERIOD_MISSING_ERROR =
      VALUES.known("BillingPeriodMissingError");

  /** HTTP 400: {@code DowngradeBillingPeriodNotSupportedError}. */
  public static final StiggErrorCode DOWNGRADE_BILLING_PERIOD_NOT_SUPPORTED_ERROR =
      VALUES.known("DowngradeBillingPeriodNotSupportedError");

  /** HTTP 400: {@code CustomerAlreadyUsesCouponError}. */
  public static final StiggErrorCode CUSTOMER_ALREADY_USES_COUPON_ERROR =
      VALUES.known("CustomerAlreadyUsesCouponError");

  /** HTTP 400: {@code CustomerAlreadyHaveCustomerCoupon}. */
  public static final StiggErrorCode CUSTOMER_ALREADY_HAVE_CUSTOMER_COUPON =
      VALUES.known("CustomerAlreadyHaveCustomerCoupon");

  /** HTTP 400: {@code SubscriptionAlreadyCanceledOrExpired}. */
  public static final StiggErrorCode SUBSCRIPTION_ALREADY_CANCELED_OR_EXPIRED =
      VALUES.known("SubscriptionAlreadyCanceledOrExpired");

  /** HTTP 400: {@code TrialMustBeCancelledImmediately}. */
  public static final StiggErrorCode TRIAL_MUST_BE_CANCELLED_IMMEDIATELY =
      VALUES.known("TrialMustBeCancelledImmediately");

  /** HTTP 400: {@code SubscriptionDoesNotHaveBillingPeriod}. */
  public static final StiggErrorCode SUBSCRIPTION_DOES_NOT_HAVE_BILLING_PERIOD =
      VALUES.known("SubscriptionDoesNotHaveBillingPeriod");

  /** HTTP 400: {@code InvalidCancellationDate}. */
  public static final StiggErrorCode INVALID_CANCELLATION_DATE =
      VALUES.known("InvalidCancellationDate");

  /** HTTP 400: {@code FailedToImportCustomer}. */
  public static final StiggErrorCode FAILED_TO_IMPORT_CUSTOMER =
      VALUES.known("FailedToImportCustomer");

  /** HTTP 400: {@code FailedToImportSubscriptions}. */
  public static final StiggErrorCode FAILED_TO_IMPORT_SUBSCRIPTIONS =
      VALUES.known("FailedToImportSubscriptions");

  /** HTTP 400: {@code PackagePricingTypeNotSet}. */
  public static final StiggErrorCode PACKAGE_PRICING_TYPE_NOT_SET =
      VALUES.known("PackagePricingTypeNotSet");

  /** HTTP 400: {@code InvalidSubscriptionStatus}. */
  public static final StiggErrorCode INVALID_SUBSCRIPTION_STATUS =
      VALUES.known("InvalidSubscriptionStatus");

  /** HTTP 400: {@code InvalidArgumentError}. */
  public static final StiggErrorCode INVALID_ARGUMENT_ERROR = VALUES.known("InvalidArgumentError");

  /** HTTP 400: {@code EditAllowedOnDraftPackageOnlyError}. */
  public static final StiggErrorCode EDIT_ALLOWED_ON_DRAFT_PACKAGE_ONLY_ERROR =
      VALUES.known("EditAllowedOnDraftPackageOnlyError");

  /** HTTP 400: {@code ResyncAlreadyInProgress}. */
  public static final StiggErrorCode RESYNC_ALREADY_IN_PROGRESS =
      VALUES.known("ResyncAlreadyInProgress");

  /** HTTP 400: {@code ArchivedCouponCantBeApplied}. */
  public static final StiggErrorCode ARCHIVED_COUPON_CANT_BE_APPLIED =
      VALUES.known("ArchivedCouponCantBeApplied");

  /** HTTP 400: {@code ImportAlreadyInProgress}. */
  public static final StiggErrorCode IMPORT_ALREADY_IN_PROGRESS =
      VALUES.known("ImportAlreadyInProgress");

  /** HTTP 400: {@code AddonHasToHavePriceError}. */
  public static final StiggErrorCode ADDON_HAS_TO_HAVE_PRICE_ERROR =
      VALUES.known("AddonHasToHavePriceError");

  /** HTTP 400: {@code SelectedBillingModelDoesntMatchImportedItemError}. */
  public static final StiggErrorCode SELECTED_BILLING_MODEL_DOESNT_MATCH_IMPORTED_ITEM_ERROR =
      VALUES.known("SelectedBillingModelDoesntMatchImportedItemError");

  /** HTTP 400: {@code CannotArchiveProductError}. */
  public static final StiggErrorCode CANNOT_ARCHIVE_PRODUCT_ERROR =
      VALUES.known("CannotArchiveProductError");

  /** HTTP 400: {@code CannotUnarchiveProductError}. */
  public static final StiggErrorCode CANNOT_UNARCHIVE_PRODUCT_ERROR =
      VALUES.known("CannotUnarchiveProductError");

  /** HTTP 400: {@code CannotDeleteCustomerError}. */
  public static final StiggErrorCode CANNOT_DELETE_CUSTOMER_ERROR =
      VALUES.known("CannotDeleteCustomerError");

  /** HTTP 400: {@code CannotRemovePaymentMethodFromCustomerError}. */
  public static final StiggErrorCode CANNOT_REMOVE_PAYMENT_METHOD_FROM_CUSTOMER_ERROR =
      VALUES.known("CannotRemovePaymentMethodFromCustomerError");

  /** HTTP 400: {@code CannotDeleteFeatureError}. */
  public static final StiggErrorCode CANNOT_DELETE_FEATURE_ERROR =
      VALUES.known("CannotDeleteFeatureError");

  /** HTTP 400: {@code CannotArchiveFeatureError}. */
  public static final StiggErrorCode CANNOT_ARCHIVE_FEATURE_ERROR =
      VALUES.known("CannotArchiveFeatureError");

  /** HTTP 400: {@code InvalidUpdatePriceUnitAmountError}. */
  public static final StiggErrorCode INVALID_UPDATE_PRICE_UNIT_AMOUNT_ERROR =
      VALUES.known("InvalidUpdatePriceUnitAmountError");

  /** HTTP 400: {@code ExperimentAlreadyRunning}. */
  public static final StiggErrorCode EXPERIMENT_ALREADY_RUNNING =
      VALUES.known("ExperimentAlreadyRunning");

  /** HTTP 400: {@code ExperimentStatusError}. */
  public static final StiggErrorCode EXPERIMENT_STATUS_ERROR =
      VALUES.known("ExperimentStatusError");

  /** HTTP 400: {@code OperationNotAllowedDuringInProgressExperiment}. */
  public static final StiggErrorCode OPERATION_NOT_ALLOWED_DURING_IN_PROGRESS_EXPERIMENT =
      VALUES.known("OperationNotAllowedDuringInProgressExperiment");

  /** HTTP 400: {@code EntitlementsMustBelongToSamePackage}. */
  public static final StiggErrorCode ENTITLEMENTS_MUST_BELONG_TO_SAME_PACKAGE =
      VALUES.known("EntitlementsMustBelongToSamePackage");

  /** HTTP 400: {@code CanNotUpdateEntitlementsFeatureGroup}. */
  public static final StiggErrorCode CAN_NOT_UPDATE_ENTITLEMENTS_FEATURE_GROUP =
      VALUES.known("CanNotUpdateEntitlementsFeatureGroup");

  /** HTTP 400: {@code MeterMustBeAssociatedToMeteredFeature}. */
  public static final StiggErrorCode METER_MUST_BE_ASSOCIATED_TO_METERED_FEATURE =
      VALUES.known("MeterMustBeAssociatedToMeteredFeature");

  /** HTTP 400: {@code CannotEditPackageInNonDraftMode}. */
  public static final StiggErrorCode CANNOT_EDIT_PACKAGE_IN_NON_DRAFT_MODE =
      VALUES.known("CannotEditPackageInNonDraftMode");

  /** HTTP 400: {@code CannotAddOverrideEntitlementToPlan}. */
  public static final StiggErrorCode CANNOT_ADD_OVERRIDE_ENTITLEMENT_TO_PLAN =
      VALUES.known("CannotAddOverrideEntitlementToPlan");

  /** HTTP 400: {@code MissingEntityIdError}. */
  public static final StiggErrorCode MISSING_ENTITY_ID_ERROR = VALUES.known("MissingEntityIdError");

  /** HTTP 400: {@code NoProductsAvailable}. */
  public static final StiggErrorCode NO_PRODUCTS_AVAILABLE = VALUES.known("NoProductsAvailable");

  /** HTTP 400: {@code PromotionCodeNotForCustomer}. */
  public static final StiggErrorCode PROMOTION_CODE_NOT_FOR_CUSTOMER =
      VALUES.known("PromotionCodeNotForCustomer");

  /** HTTP 400: {@code PromotionCodeNotActive}. */
  public static final StiggErrorCode PROMOTION_CODE_NOT_ACTIVE =
      VALUES.known("PromotionCodeNotActive");

  /** HTTP 400: {@code PromotionCodeMaxRedemptionsReached}. */
  public static final StiggErrorCode PROMOTION_CODE_MAX_REDEMPTIONS_REACHED =
      VALUES.known("PromotionCodeMaxRedemptionsReached");

  /** HTTP 400: {@code PromotionCodeMinimumAmountNotReached}. */
  public static final StiggErrorCode PROMOTION_CODE_MINIMUM_AMOUNT_NOT_REACHED =
      VALUES.known("PromotionCodeMinimumAmountNotReached");

  /** HTTP 400: {@code PromotionCodeCustomerNotFirstPurchase}. */
  public static final StiggErrorCode PROMOTION_CODE_CUSTOMER_NOT_FIRST_PURCHASE =
      VALUES.known("PromotionCodeCustomerNotFirstPurchase");

  /** HTTP 400: {@code AddonWithDraftCannotBeDeletedError}. */
  public static final StiggErrorCode ADDON_WITH_DRAFT_CANNOT_BE_DELETED_ERROR =
      VALUES.known("AddonWithDraftCannotBeDeletedError");

  /** HTTP 400: {@code CannotReportUsageForEntitlementWithMeterError}. */
  public static final StiggErrorCode CANNOT_REPORT_USAGE_FOR_ENTITLEMENT_WITH_METER_ERROR =
      VALUES.known("CannotReportUsageForEntitlementWithMeterError");

  /** HTTP 400: {@code RecalculateEntitlementsError}. */
  public static final StiggErrorCode RECALCULATE_ENTITLEMENTS_ERROR =
      VALUES.known("RecalculateEntitlementsError");

  /** HTTP 400: {@code ImportSubscriptionsBulkError}. */
  public static final StiggErrorCode IMPORT_SUBSCRIPTIONS_BULK_ERROR =
      VALUES.known("ImportSubscriptionsBulkError");

  /** HTTP 400: {@code InvalidMetadataError}. */
  public static final StiggErrorCode INVALID_METADATA_ERROR = VALUES.known("InvalidMetadataError");

  /** HTTP 400: {@code CannotUpsertToPackageThatHasDraft}. */
  public static final StiggErrorCode CANNOT_UPSERT_TO_PACKAGE_THAT_HAS_DRAFT =
      VALUES.known("CannotUpsertToPackageThatHasDraft");

  /** HTTP 400: {@code IntegrationValidationError}. */
  public static final StiggErrorCode INTEGRATION_VALIDATION_ERROR =
      VALUES.known("IntegrationValidationError");

  /** HTTP 400: {@code AwsMarketplaceIntegrationValidationError}. */
  public static final StiggErrorCode AWS_MARKETPLACE_INTEGRATION_VALIDATION_ERROR =
      VALUES.known("AwsMarketplaceIntegrationValidationError");

  /** HTTP 400: {@code AwsMarketplaceIntegrationError}. */
  public static final StiggErrorCode AWS_MARKETPLACE_INTEGRATION_ERROR =
      VALUES.known("AwsMarketplaceIntegrationError");

  /** HTTP 400: {@code DataExportIntegrationError}. */
  public static final StiggErrorCode DATA_EXPORT_INTEGRATION_ERROR =
      VALUES.known("DataExportIntegrationError");

  /** HTTP 400: {@code HubspotIntegrationError}. */
  public static final StiggErrorCode HUBSPOT_INTEGRATION_ERROR =
      VALUES.known("HubspotIntegrationError");

  /** HTTP 400: {@code DuplicateProductValidationError}. */
  public static final StiggErrorCode DUPLICATE_PRODUCT_VALIDATION_ERROR =
      VALUES.known("DuplicateProductValidationError");

  /** HTTP 400: {@code AmountTooLarge}. */
  public static final StiggErrorCode AMOUNT_TOO_LARGE = VALUES.known("AmountTooLarge");

  /** HTTP 400: {@code CustomerHasNoEmailAddress}. */
  public static final StiggErrorCode CUSTOMER_HAS_NO_EMAIL_ADDRESS =
      VALUES.known("CustomerHasNoEmailAddress");

  /** HTTP 400: {@code MergeEnvironmentValidationError}. */
  public static final StiggErrorCode MERGE_ENVIRONMENT_VALIDATION_ERROR =
      VALUES.known("MergeEnvironmentValidationError");

  /** HTTP 400: {@code EntitlementLimitExceededError}. */
  public static final StiggErrorCode ENTITLEMENT_LIMIT_EXCEEDED_ERROR =
      VALUES.known("EntitlementLimitExceededError");

  /** HTTP 400: {@code EntitlementUsageOutOfRangeError}. */
  public static final StiggErrorCode ENTITLEMENT_USAGE_OUT_OF_RANGE_ERROR =
      VALUES.known("EntitlementUsageOutOfRangeError");

  /** HTTP 400: {@code UsageMeasurementDiffOutOfRangeError}. */
  public static final StiggErrorCode USAGE_MEASUREMENT_DIFF_OUT_OF_RANGE_ERROR =
      VALUES.known("UsageMeasurementDiffOutOfRangeError");

  /** HTTP 400: {@code AddonQuantityExceedsLimitError}. */
  public static final StiggErrorCode ADDON_QUANTITY_EXCEEDS_LIMIT_ERROR =
      VALUES.known("AddonQuantityExceedsLimitError");

  /** HTTP 400: {@code AddonDependencyMissingError}. */
  public static final StiggErrorCode ADDON_DEPENDENCY_MISSING_ERROR =
      VALUES.known("AddonDependencyMissingError");

  /** HTTP 400: {@code PackageGroupMinItemsError}. */
  public static final StiggErrorCode PACKAGE_GROUP_MIN_ITEMS_ERROR =
      VALUES.known("PackageGroupMinItemsError");

  /** HTTP 400: {@code CannotUpdateUnitTransformationError}. */
  public static final StiggErrorCode CANNOT_UPDATE_UNIT_TRANSFORMATION_ERROR =
      VALUES.known("CannotUpdateUnitTransformationError");

  /** HTTP 400: {@code SingleSubscriptionCantBeAutoCancellationTargetError}. */
  public static final StiggErrorCode SINGLE_SUBSCRIPTION_CANT_BE_AUTO_CANCELLATION_TARGET_ERROR =
      VALUES.known("SingleSubscriptionCantBeAutoCancellationTargetError");

  /** HTTP 400: {@code MultiSubscriptionCantBeAutoCancellationSourceError}. */
  public static final StiggErrorCode MULTI_SUBSCRIPTION_CANT_BE_AUTO_CANCELLATION_SOURCE_ERROR =
      VALUES.known("MultiSubscriptionCantBeAutoCancellationSourceError");

  /** HTTP 400: {@code ChangingPayingCustomerIsNotSupportedError}. */
  public static final StiggErrorCode CHANGING_PAYING_CUSTOMER_IS_NOT_SUPPORTED_ERROR =
      VALUES.known("ChangingPayingCustomerIsNotSupportedError");

  /** HTTP 400: {@code RequiredSsoAuthenticationError}. */
  public static final StiggErrorCode REQUIRED_SSO_AUTHENTICATION_ERROR =
      VALUES.known("RequiredSsoAuthenticationError");

  /** HTTP 400: {@code InvalidDoggoSignatureError}. */
  public static final StiggErrorCode INVALID_DOGGO_SIGNATURE_ERROR =
      VALUES.known("InvalidDoggoSignatureError");

  /** HTTP 400: {@code InvalidReceivedSignatureError}. */
  public static final StiggErrorCode INVALID_RECEIVED_SIGNATURE_ERROR =
      VALUES.known("InvalidReceivedSignatureError");

  /** HTTP 400: {@code CannotDeleteDefaultIntegration}. */
  public static final StiggErrorCode CANNOT_DELETE_DEFAULT_INTEGRATION =
      VALUES.known("CannotDeleteDefaultIntegration");

  /** HTTP 400: {@code CannotChangeBillingIntegration}. */
  public static final StiggErrorCode CANNOT_CHANGE_BILLING_INTEGRATION =
      VALUES.known("CannotChangeBillingIntegration");

  /** HTTP 400: {@code FailedToResolveBillingIntegration}. */
  public static final StiggErrorCode FAILED_TO_RESOLVE_BILLING_INTEGRATION =
      VALUES.known("FailedToResolveBillingIntegration");

  /** HTTP 400: {@code WorkflowTriggerNotFound}. */
  public static final StiggErrorCode WORKFLOW_TRIGGER_NOT_FOUND =
      VALUES.known("WorkflowTriggerNotFound");

  /** HTTP 400: {@code DeprecatedEstimateSubscriptionError}. */
  public static final StiggErrorCode DEPRECATED_ESTIMATE_SUBSCRIPTION_ERROR =
      VALUES.known("DeprecatedEstimateSubscriptionError");

  /** HTTP 400: {@code FeatureConfigurationExceededLimitError}. */
  public static final StiggErrorCode FEATURE_CONFIGURATION_EXCEEDED_LIMIT_ERROR =
      VALUES.known("FeatureConfigurationExceededLimitError");

  /** HTTP 400: {@code FeatureNotBelongToFeatureGroupError}. */
  public static final StiggErrorCode FEATURE_NOT_BELONG_TO_FEATURE_GROUP_ERROR =
      VALUES.known("FeatureNotBelongToFeatureGroupError");

  /** HTTP 400: {@code FeatureGroupMissingFeaturesError}. */
  public static final StiggErrorCode FEATURE_GROUP_MISSING_FEATURES_ERROR =
      VALUES.known("FeatureGroupMissingFeaturesError");

  /** HTTP 400: {@code VersionExceedsMaxValueError}. */
  public static final StiggErrorCode VERSION_EXCEEDS_MAX_VALUE_ERROR =
      VALUES.known("VersionExceedsMaxValueError");

  /** HTTP 400: {@code CannotUpdateExpireAtForExpiredCreditGrantError}. */
  public static final StiggErrorCode CANNOT_UPDATE_EXPIRE_AT_FOR_EXPIRED_CREDIT_GRANT_ERROR =
      VALUES.known("CannotUpdateExpireAtForExpiredCreditGrantError");

  /** HTTP 400: {@code ExpireAtMustBeLaterThanEffectiveAtError}. */
  public static final StiggErrorCode EXPIRE_AT_MUST_BE_LATER_THAN_EFFECTIVE_AT_ERROR =
      VALUES.known("ExpireAtMustBeLaterThanEffectiveAtError");

  /** HTTP 400: {@code OfferAlreadyExists}. */
  public static final StiggErrorCode OFFER_ALREADY_EXISTS = VALUES.known("OfferAlreadyExists");

  /** HTTP 400: {@code DraftAlreadyExists}. */
  public static final StiggErrorCode DRAFT_ALREADY_EXISTS = VALUES.known("DraftAlreadyExists");

  /** HTTP 400: {@code CreditGrantAlreadyVoided}. */
  public static final StiggErrorCode CREDIT_GRANT_ALREADY_VOIDED =
      VALUES.known("CreditGrantAlreadyVoided");

  /** HTTP 400: {@code CreditGrantCannotBeVoided}. */
  public static final StiggErrorCode CREDIT_GRANT_CANNOT_BE_VOIDED =
      VALUES.known("CreditGrantCannotBeVoided");

  /** HTTP 400: {@code InvalidTaxId}. */
  public static final StiggErrorCode INVALID_TAX_ID = VALUES.known("InvalidTaxId");

  /** HTTP 400: {@code ObjectAlreadyBeingUsedByAnotherRequestError}. */
  public static final StiggErrorCode OBJECT_ALREADY_BEING_USED_BY_ANOTHER_REQUEST_ERROR =
      VALUES.known("ObjectAlreadyBeingUsedByAnotherRequestError");

  /** HTTP 400: {@code TooManySubscriptionsPerCustomer}. */
  public static final StiggErrorCode TOO_MANY_SUBSCRIPTIONS_PER_CUSTOMER =
      VALUES.known("TooManySubscriptionsPerCustomer");

  /** HTTP 400: {@code TooManyCustomCurrencies}. */
  public static final StiggErrorCode TOO_MANY_CUSTOM_CURRENCIES =
      VALUES.known("TooManyCustomCurrencies");

  /** HTTP 400: {@code StripeError}. */
  public static final StiggErrorCode STRIPE_ERROR = VALUES.known("StripeError");

  /** HTTP 400: {@code SchedulingAtEndOfBillingPeriod}. */
  public static final StiggErrorCode SCHEDULING_AT_END_OF_BILLING_PERIOD =
      VALUES.known("SchedulingAtEndOfBillingPeriod");

  /** HTTP 400: {@code ApiKeyExpired}. */
  public static final StiggErrorCode API_KEY_EXPIRED = VALUES.known("ApiKeyExpired");

  /** HTTP 400: {@code ApiKeyHasExpiry}. */
  public static final StiggErrorCode API_KEY_HAS_EXPIRY = VALUES.known("ApiKeyHasExpiry");

  // HTTP 401

  /** HTTP 401: {@code Unauthenticated}. */
  public static final StiggErrorCode UNAUTHENTICATED = VALUES.known("Unauthenticated");

  // HTTP 403

  /** HTTP 403: {@code IdentityForbidden}. */
  public static final StiggErrorCode IDENTITY_FORBIDDEN = VALUES.known("IdentityForbidden");

  /** HTTP 403: {@code AccessDeniedError}. */
  public static final StiggErrorCode ACCESS_DENIED_ERROR = VALUES.known("AccessDeniedError");

  /** HTTP 403: {@code NoFeatureEntitlementError}. */
  public static final StiggErrorCode NO_FEATURE_ENTITLEMENT_ERROR =
      VALUES.known("NoFeatureEntitlementError");

  // HTTP 404

  /** HTTP 404: {@code CustomerNotFound}. */
  public static final StiggErrorCode CUSTOMER_NOT_FOUND = VALUES.known("CustomerNotFound");

  /** HTTP 404: {@code CustomCurrencyNotFound}. */
  public static final StiggErrorCode CUSTOM_CURRENCY_NOT_FOUND =
      VALUES.known("CustomCurrencyNotFound");

  /** HTTP 404: {@code CreditGrantNotFound}. */
  public static final StiggErrorCode CREDIT_GRANT_NOT_FOUND = VALUES.known("CreditGrantNotFound");

  /** HTTP 404: {@code MemberNotFound}. */
  public static final StiggErrorCode MEMBER_NOT_FOUND = VALUES.known("MemberNotFound");

  /** HTTP 404: {@code PackageGroupNotFound}. */
  public static final StiggErrorCode PACKAGE_GROUP_NOT_FOUND = VALUES.known("PackageGroupNotFound");

  /** HTTP 404: {@code AddonNotFound}. */
  public static final StiggErrorCode ADDON_NOT_FOUND = VALUES.known("AddonNotFound");

  /** HTTP 404: {@code AddonsNotFound}. */
  public static final StiggErrorCode ADDONS_NOT_FOUND = VALUES.known("AddonsNotFound");

  /** HTTP 404: {@code EnvironmentMissing}. */
  public static final StiggErrorCode ENVIRONMENT_MISSING = VALUES.known("EnvironmentMissing");

  /** HTTP 404: {@code IntegrationNotFound}. */
  public static final StiggErrorCode INTEGRATION_NOT_FOUND = VALUES.known("IntegrationNotFound");

  /** HTTP 404: {@code VendorIsNotSupported}. */
  public static final StiggErrorCode VENDOR_IS_NOT_SUPPORTED = VALUES.known("VendorIsNotSupported");

  /** HTTP 404: {@code CouponNotFound}. */
  public static final StiggErrorCode COUPON_NOT_FOUND = VALUES.known("CouponNotFound");

  /** HTTP 404: {@code FutureUpdateNotFound}. */
  public static final StiggErrorCode FUTURE_UPDATE_NOT_FOUND = VALUES.known("FutureUpdateNotFound");

  /** HTTP 404: {@code CustomerNoBillingId}. */
  public static final StiggErrorCode CUSTOMER_NO_BILLING_ID = VALUES.known("CustomerNoBillingId");

  /** HTTP 404: {@code SubscriptionNoBillingId}. */
  public static final StiggErrorCode SUBSCRIPTION_NO_BILLING_ID =
      VALUES.known("SubscriptionNoBillingId");

  /** HTTP 404: {@code StripeCustomerIsDeleted}. */
  public static final StiggErrorCode STRIPE_CUSTOMER_IS_DELETED =
      VALUES.known("StripeCustomerIsDeleted");

  /** HTTP 404: {@code InitStripePaymentMethodError}. */
  public static final StiggErrorCode INIT_STRIPE_PAYMENT_METHOD_ERROR =
      VALUES.known("InitStripePaymentMethodError");

  /** HTTP 404: {@code PreparePaymentMethodFormError}. */
  public static final StiggErrorCode PREPARE_PAYMENT_METHOD_FORM_ERROR =
      VALUES.known("PreparePaymentMethodFormError");

  /** HTTP 404: {@code AccountNotFoundError}. */
  public static final StiggErrorCode ACCOUNT_NOT_FOUND_ERROR = VALUES.known("AccountNotFoundError");

  /** HTTP 404: {@code ExperimentNotFoundError}. */
  public static final StiggErrorCode EXPERIMENT_NOT_FOUND_ERROR =
      VALUES.known("ExperimentNotFoundError");

  /** HTTP 404: {@code NoDraftOfferFound}. */
  public static final StiggErrorCode NO_DRAFT_OFFER_FOUND = VALUES.known("NoDraftOfferFound");

  /** HTTP 404: {@code PromotionCodeNotFound}. */
  public static final StiggErrorCode PROMOTION_CODE_NOT_FOUND =
      VALUES.known("PromotionCodeNotFound");

  /** HTTP 404: {@code FailedToCreateCheckoutSessionError}. */
  public static final StiggErrorCode FAILED_TO_CREATE_CHECKOUT_SESSION_ERROR =
      VALUES.known("FailedToCreateCheckoutSessionError");

  /** HTTP 404: {@code PaymentMethodNotFoundError}. */
  public static final StiggErrorCode PAYMENT_METHOD_NOT_FOUND_ERROR =
      VALUES.known("PaymentMethodNotFoundError");

  /** HTTP 404: {@code ProductNotFoundError}. */
  public static final StiggErrorCode PRODUCT_NOT_FOUND_ERROR = VALUES.known("ProductNotFoundError");

  /** HTTP 404: {@code ProductNotPublishedError}. */
  public static final StiggErrorCode PRODUCT_NOT_PUBLISHED_ERROR =
      VALUES.known("ProductNotPublishedError");

  /** HTTP 404: {@code MissingBillingInvoiceError}. */
  public static final StiggErrorCode MISSING_BILLING_INVOICE_ERROR =
      VALUES.known("MissingBillingInvoiceError");

  /** HTTP 404: {@code BillingInvoiceStatusError}. */
  public static final StiggErrorCode BILLING_INVOICE_STATUS_ERROR =
      VALUES.known("BillingInvoiceStatusError");

  /** HTTP 404: {@code FeatureGroupNotFoundError}. */
  public static final StiggErrorCode FEATURE_GROUP_NOT_FOUND_ERROR =
      VALUES.known("FeatureGroupNotFoundError");

  /** HTTP 404: {@code CannotArchiveFeatureGroupError}. */
  public static final StiggErrorCode CANNOT_ARCHIVE_FEATURE_GROUP_ERROR =
      VALUES.known("CannotArchiveFeatureGroupError");

  /** HTTP 404: {@code OfferNotFound}. */
  public static final StiggErrorCode OFFER_NOT_FOUND = VALUES.known("OfferNotFound");

  /** HTTP 404: {@code CustomerResourceNotFound}. */
  public static final StiggErrorCode CUSTOMER_RESOURCE_NOT_FOUND =
      VALUES.known("CustomerResourceNotFound");

  /** HTTP 404: {@code FeatureNotFound}. */
  public static final StiggErrorCode FEATURE_NOT_FOUND = VALUES.known("FeatureNotFound");

  /** HTTP 404: {@code PriceNotFound}. */
  public static final StiggErrorCode PRICE_NOT_FOUND = VALUES.known("PriceNotFound");

  /** HTTP 404: {@code NoActiveSubscriptionForCustomer}. */
  public static final StiggErrorCode NO_ACTIVE_SUBSCRIPTION_FOR_CUSTOMER =
      VALUES.known("NoActiveSubscriptionForCustomer");

  /** HTTP 404: {@code PlanNotFound}. */
  public static final StiggErrorCode PLAN_NOT_FOUND = VALUES.known("PlanNotFound");

  /** HTTP 404: {@code PromotionalEntitlementNotFoundError}. */
  public static final StiggErrorCode PROMOTIONAL_ENTITLEMENT_NOT_FOUND_ERROR =
      VALUES.known("PromotionalEntitlementNotFoundError");

  /** HTTP 404: {@code SubscriptionNotFound}. */
  public static final StiggErrorCode SUBSCRIPTION_NOT_FOUND = VALUES.known("SubscriptionNotFound");

  /** HTTP 404: {@code ApiKeyNotFound}. */
  public static final StiggErrorCode API_KEY_NOT_FOUND = VALUES.known("ApiKeyNotFound");

  // HTTP 429

  /** HTTP 429: {@code RateLimitExceeded}. */
  public static final StiggErrorCode RATE_LIMIT_EXCEEDED = VALUES.known("RateLimitExceeded");

  private static final Map<Integer, List<StiggErrorCode>> BY_STATUS =
      Map.of(
          400,
              List.of(
                  BAD_USER_INPUT,
                  DUPLICATE_INTEGRATION_NOT_ALLOWED,
                  ENTITY_IS_ARCHIVED_ERROR,
                  INTEGRITY_VIOLATION,
                  FREE_PLAN_CANT_HAVE_COMPATIBLE_PACKAGE_GROUP_ERROR,
                  SUBSCRIPTION_MUST_HAVE_SINGLE_PLAN_ERROR,
                  ADDON_IS_COMPATIBLE_WITH_PLAN,
                  ADDON_IS_COMPATIBLE_WITH_GROUP,
                  DUPLICATE_ADDON_PROVISIONED_ERROR,
                  SCHEDULED_MIGRATION_ALREADY_EXISTS_ERROR,
                  SUBSCRIPTION_ALREADY_ON_LATEST_PLAN,
                  ENTITY_ID_DIFFERENT_FROM_REF_ID_ERROR,
                  UNSUPPORTED_FEATURE_TYPE,
                  UNSUPPORTED_VENDOR_IDENTIFIER,
                  UNSUPPORTED_SUBSCRIPTION_SCHEDULE_TYPE,
                  INVALID_ENTITLEMENT_RESET_PERIOD,
                  INCOMPATIBLE_SUBSCRIPTION_ADDON,
                  UN_PUBLISHED_PACKAGE,
                  METERING_NOT_AVAILABLE_FOR_FEATURE_TYPE,
                  AUTH_CUSTOMER_MISMATCH,
                  AUTH_CUSTOMER_READONLY,
                  FETCH_ALL_COUNTRIES_PRICES_NOT_ALLOWED,
                  MEMBER_INVITATION_ERROR,
                  PLANS_CIRCULAR_DEPENDENCY_ERROR,
                  NO_FEATURE_ENTITLEMENT_IN_SUBSCRIPTION,
                  CHECKOUT_IS_NOT_SUPPORTED,
                  UNSUPPORTED_PARAMETER,
                  PRICING_MODEL_NOT_SUPPORTED_BY_BILLING_INTEGRATION,
                  BILLING_INTEGRATION_MISSING,
                  BILLING_INTEGRATION_ALREADY_EXISTS_ERROR,
                  INVALID_MEMBER_DELETE,
                  PACKAGE_ALREADY_PUBLISHED,
                  DRAFT_PLAN_CANT_BE_ARCHIVED,
                  DRAFT_ADDON_CANT_BE_ARCHIVED,
                  PLAN_WITH_CHILD_CANT_BE_DELETED,
                  PLAN_CANNOT_BE_PUBLISH_WHEN_BASE_PLAN_IS_DRAFT,
                  PLAN_CANNOT_BE_PUBLISH_WHEN_COMPATIBLE_ADDON_IS_DRAFT,
                  PLAN_IS_USED_AS_DEFAULT_START_PLAN,
                  PLAN_IS_USED_AS_DOWNGRADE_PLAN,
                  INVALID_ADDRESS_ERROR,
                  INVALID_QUANTITY,
                  BILLING_PERIOD_MISSING_ERROR,
                  DOWNGRADE_BILLING_PERIOD_NOT_SUPPORTED_ERROR,
                  CUSTOMER_ALREADY_USES_COUPON_ERROR,
                  CUSTOMER_ALREADY_HAVE_CUSTOMER_COUPON,
                  SUBSCRIPTION_ALREADY_CANCELED_OR_EXPIRED,
                  TRIAL_MUST_BE_CANCELLED_IMMEDIATELY,
                  SUBSCRIPTION_DOES_NOT_HAVE_BILLING_PERIOD,
                  INVALID_CANCELLATION_DATE,
                  FAILED_TO_IMPORT_CUSTOMER,
                  FAILED_TO_IMPORT_SUBSCRIPTIONS,
                  PACKAGE_PRICING_TYPE_NOT_SET,
                  INVALID_SUBSCRIPTION_STATUS,
                  INVALID_ARGUMENT_ERROR,
                  EDIT_ALLOWED_ON_DRAFT_PACKAGE_ONLY_ERROR,
                  RESYNC_ALREADY_IN_PROGRESS,
                  ARCHIVED_COUPON_CANT_BE_APPLIED,
                  IMPORT_ALREADY_IN_PROGRESS,
                  ADDON_HAS_TO_HAVE_PRICE_ERROR,
                  SELECTED_BILLING_MODEL_DOESNT_MATCH_IMPORTED_ITEM_ERROR,
                  CANNOT_ARCHIVE_PRODUCT_ERROR,
                  CANNOT_UNARCHIVE_PRODUCT_ERROR,
                  CANNOT_DELETE_CUSTOMER_ERROR,
                  CANNOT_REMOVE_PAYMENT_METHOD_FROM_CUSTOMER_ERROR,
                  CANNOT_DELETE_FEATURE_ERROR,
                  CANNOT_ARCHIVE_FEATURE_ERROR,
                  INVALID_UPDATE_PRICE_UNIT_AMOUNT_ERROR,
                  EXPERIMENT_ALREADY_RUNNING,
                  EXPERIMENT_STATUS_ERROR,
                  OPERATION_NOT_ALLOWED_DURING_IN_PROGRESS_EXPERIMENT,
                  ENTITLEMENTS_MUST_BELONG_TO_SAME_PACKAGE,
                  CAN_NOT_UPDATE_ENTITLEMENTS_FEATURE_GROUP,
                  METER_MUST_BE_ASSOCIATED_TO_METERED_FEATURE,
                  CANNOT_EDIT_PACKAGE_IN_NON_DRAFT_MODE,
                  CANNOT_ADD_OVERRIDE_ENTITLEMENT_TO_PLAN,
                  MISSING_ENTITY_ID_ERROR,
                  NO_PRODUCTS_AVAILABLE,
                  PROMOTION_CODE_NOT_FOR_CUSTOMER,
                  PROMOTION_CODE_NOT_ACTIVE,
                  PROMOTION_CODE_MAX_REDEMPTIONS_REACHED,
                  PROMOTION_CODE_MINIMUM_AMOUNT_NOT_REACHED,
                  PROMOTION_CODE_CUSTOMER_NOT_FIRST_PURCHASE,
                  ADDON_WITH_DRAFT_CANNOT_BE_DELETED_ERROR,
                  CANNOT_REPORT_USAGE_FOR_ENTITLEMENT_WITH_METER_ERROR,
                  RECALCULATE_ENTITLEMENTS_ERROR,
                  IMPORT_SUBSCRIPTIONS_BULK_ERROR,
                  INVALID_METADATA_ERROR,
                  CANNOT_UPSERT_TO_PACKAGE_THAT_HAS_DRAFT,
                  INTEGRATION_VALIDATION_ERROR,
                  AWS_MARKETPLACE_INTEGRATION_VALIDATION_ERROR,
                  AWS_MARKETPLACE_INTEGRATION_ERROR,
                  DATA_EXPORT_INTEGRATION_ERROR,
                  HUBSPOT_INTEGRATION_ERROR,
                  DUPLICATE_PRODUCT_VALIDATION_ERROR,
                  AMOUNT_TOO_LARGE,
                  CUSTOMER_HAS_NO_EMAIL_ADDRESS,
                  MERGE_ENVIRONMENT_VALIDATION_ERROR,
                  ENTITLEMENT_LIMIT_EXCEEDED_ERROR,
                  ENTITLEMENT_USAGE_OUT_OF_RANGE_ERROR,
                  USAGE_MEASUREMENT_DIFF_OUT_OF_RANGE_ERROR,
                  ADDON_QUANTITY_EXCEEDS_LIMIT_ERROR,
                  ADDON_DEPENDENCY_MISSING_ERROR,
                  PACKAGE_GROUP_MIN_ITEMS_ERROR,
                  CANNOT_UPDATE_UNIT_TRANSFORMATION_ERROR,
                  SINGLE_SUBSCRIPTION_CANT_BE_AUTO_CANCELLATION_TARGET_ERROR,
                  MULTI_SUBSCRIPTION_CANT_BE_AUTO_CANCELLATION_SOURCE_ERROR,
                  CHANGING_PAYING_CUSTOMER_IS_NOT_SUPPORTED_ERROR,
                  REQUIRED_SSO_AUTHENTICATION_ERROR,
                  INVALID_DOGGO_SIGNATURE_ERROR,
                  INVALID_RECEIVED_SIGNATURE_ERROR,
                  CANNOT_DELETE_DEFAULT_INTEGRATION,
                  CANNOT_CHANGE_BILLING_INTEGRATION,
                  FAILED_TO_RESOLVE_BILLING_INTEGRATION,
                  WORKFLOW_TRIGGER_NOT_FOUND,
                  DEPRECATED_ESTIMATE_SUBSCRIPTION_ERROR,
                  FEATURE_CONFIGURATION_EXCEEDED_LIMIT_ERROR,
                  FEATURE_NOT_BELONG_TO_FEATURE_GROUP_ERROR,
                  FEATURE_GROUP_MISSING_FEATURES_ERROR,
                  VERSION_EXCEEDS_MAX_VALUE_ERROR,
                  CANNOT_UPDATE_EXPIRE_AT_FOR_EXPIRED_CREDIT_GRANT_ERROR,
                  EXPIRE_AT_MUST_BE_LATER_THAN_EFFECTIVE_AT_ERROR,
                  OFFER_ALREADY_EXISTS,
                  DRAFT_ALREADY_EXISTS,
                  CREDIT_GRANT_ALREADY_VOIDED,
                  CREDIT_GRANT_CANNOT_BE_VOIDED,
                  INVALID_TAX_ID,
                  OBJECT_ALREADY_BEING_USED_BY_ANOTHER_REQUEST_ERROR,
                  TOO_MANY_SUBSCRIPTIONS_PER_CUSTOMER,
                  TOO_MANY_CUSTOM_CURRENCIES,
                  STRIPE_ERROR,
                  SCHEDULING_AT_END_OF_BILLING_PERIOD,
                  API_KEY_EXPIRED,
                  API_KEY_HAS_EXPIRY),
          401, List.of(UNAUTHENTICATED),
          403, List.of(IDENTITY_FORBIDDEN, ACCESS_DENIED_ERROR, NO_FEATURE_ENTITLEMENT_ERROR),
          404,
              List.of(
                  CUSTOMER_NOT_FOUND,
                  CUSTOM_CURRENCY_NOT_FOUND,
                  CREDIT_GRANT_NOT_FOUND,
                  MEMBER_NOT_FOUND,
                  PACKAGE_GROUP_NOT_FOUND,
                  ADDON_NOT_FOUND,
                  ADDONS_NOT_FOUND,
                  ENVIRONMENT_MISSING,
                  INTEGRATION_NOT_FOUND,
                  VENDOR_IS_NOT_SUPPORTED,
                  COUPON_NOT_FOUND,
                  FUTURE_UPDATE_NOT_FOUND,
                  CUSTOMER_NO_BILLING_ID,
                  SUBSCRIPTION_NO_BILLING_ID,
                  STRIPE_CUSTOMER_IS_DELETED,
                  INIT_STRIPE_PAYMENT_METHOD_ERROR,
                  PREPARE_PAYMENT_METHOD_FORM_ERROR,
                  ACCOUNT_NOT_FOUND_ERROR,
                  EXPERIMENT_NOT_FOUND_ERROR,
                  NO_DRAFT_OFFER_FOUND,
                  PROMOTION_CODE_NOT_FOUND,
                  FAILED_TO_CREATE_CHECKOUT_SESSION_ERROR,
                  PAYMENT_METHOD_NOT_FOUND_ERROR,
                  PRODUCT_NOT_FOUND_ERROR,
                  PRODUCT_NOT_PUBLISHED_ERROR,
                  MISSING_BILLING_INVOICE_ERROR,
                  BILLING_INVOICE_STATUS_ERROR,
                  FEATURE_GROUP_NOT_FOUND_ERROR,
                  CANNOT_ARCHIVE_FEATURE_GROUP_ERROR,
                  OFFER_NOT_FOUND,
                  CUSTOMER_RESOURCE_NOT_FOUND,
                  FEATURE_NOT_FOUND,
                  PRICE_NOT_FOUND,
                  NO_ACTIVE_SUBSCRIPTION_FOR_CUSTOMER,
                  PLAN_NOT_FOUND,
                  PROMOTIONAL_ENTITLEMENT_NOT_FOUND_ERROR,
                  SUBSCRIPTION_NOT_FOUND,
                  API_KEY_NOT_FOUND),
          429, List.of(RATE_LIMIT_EXCEEDED));

  private StiggErrorCode(String value, boolean known) {
    super(value, known);
  }

  /** The constant for {@code value}, or an unknown code that keeps it. */
  @JsonCreator
  public static StiggErrorCode of(String value) {
    return VALUES.of(value);
  }

  /**
   * The Stigg code of a failed call, or empty when the error body had none (Stigg allows a {@code
   * null} code).
   */
  public static Optional<StiggErrorCode> from(ApiException exception) {
    Checks.notNull("exception", exception);
    return exception.errorCode().map(StiggErrorCode::of);
  }

  /** Every code this SDK version names, in the reference page's order. */
  public static List<StiggErrorCode> knownValues() {
    return VALUES.knownValues();
  }

  /**
   * The codes the reference page documents for HTTP {@code status} (400, 401, 403, 404, 429); empty
   * for others.
   */
  public static List<StiggErrorCode> documentedFor(int status) {
    return BY_STATUS.getOrDefault(status, List.of());
  }
}
