package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.spi.Checks;

/**
 * {@code aws_iam_role}: an IAM role Prequel assumes to reach an S3 bucket.
 *
 * @param awsIamRoleArn the role's ARN, for example {@code arn:aws:iam::123456789012:role/prequel}
 */
public record AwsIamRole(@JsonProperty("aws_iam_role_arn") String awsIamRoleArn)
    implements AwsBucketAuth {
  /** Requires the ARN. */
  public AwsIamRole {
    Checks.notBlank("aws_iam_role.aws_iam_role_arn", awsIamRoleArn);
  }

  @Override
  public String optionName() {
    return "aws_iam_role";
  }
}
