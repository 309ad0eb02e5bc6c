package dev.dataexport.prequel.config;

import dev.dataexport.core.Secret;

/** How Prequel reaches an S3 bucket: the {@code bucket_auth_method} choice of {@link S3Bucket}. */
public sealed interface AwsBucketAuth extends ChoiceOption permits AccessKeys, AwsIamRole {
  /** {@code aws_access_keys} with an access key id and secret key. */
  static AwsBucketAuth accessKeys(String accessId, Secret secretKey) {
    return new AccessKeys(accessId, secretKey);
  }

  /** {@code aws_iam_role} with a role ARN. */
  static AwsBucketAuth iamRole(String roleArn) {
    return new AwsIamRole(roleArn);
  }
}
