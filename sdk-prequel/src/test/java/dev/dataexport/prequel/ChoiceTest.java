package dev.dataexport.prequel;

import static dev.dataexport.prequel.TestSupport.json;
import static dev.dataexport.prequel.TestSupport.tree;
import static dev.dataexport.prequel.VendorBlockCases.secret;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.prequel.config.AbsAuth;
import dev.dataexport.prequel.config.AbsBucketAuth;
import dev.dataexport.prequel.config.AwsBucketAuth;
import dev.dataexport.prequel.config.ChoiceOption;
import dev.dataexport.prequel.config.DatabaseAuth;
import dev.dataexport.prequel.config.FileFormat;
import dev.dataexport.prequel.config.GcpBucketAuth;
import dev.dataexport.prequel.config.GcpServiceAccountAuth;
import dev.dataexport.prequel.config.GcsBucket;
import dev.dataexport.prequel.config.IcebergRestAuth;
import dev.dataexport.prequel.config.Metastore;
import dev.dataexport.prequel.config.MotherDuckAuth;
import dev.dataexport.prequel.config.S3Bucket;
import dev.dataexport.prequel.config.SftpAuth;
import dev.dataexport.prequel.config.StagingBucket;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each option of each choice type: its wire name and its sibling object (or none). */
class ChoiceTest {

  static Stream<Arguments> options() {
    return Stream.of(
        Arguments.of(
            DatabaseAuth.password("u", secret("pw")),
            "password_auth",
            "{\"username\": \"u\", \"password\": \"CANARY-pw\"}"),
        Arguments.of(
            AbsAuth.sharedAccessSignature(secret("sas")),
            "azure_service_shared_access_signature",
            "{\"shared_access_signature_token\": \"CANARY-sas\"}"),
        Arguments.of(
            SftpAuth.publicKey("ssh-ed25519 K"),
            "public_key_auth",
            "{\"public_key\": \"ssh-ed25519 K\"}"),
        Arguments.of(
            MotherDuckAuth.accessToken(secret("md")),
            "access_token_auth",
            "{\"access_token\": \"CANARY-md\"}"),
        Arguments.of(
            AwsBucketAuth.accessKeys("AKIA", secret("aws")),
            "aws_access_keys",
            "{\"access_id\": \"AKIA\", \"secret_key\": \"CANARY-aws\"}"),
        Arguments.of(
            AwsBucketAuth.iamRole("arn:r"), "aws_iam_role", "{\"aws_iam_role_arn\": \"arn:r\"}"),
        Arguments.of(
            GcpServiceAccountAuth.role("a@b.c"),
            "gcp_service_account_role",
            "{\"service_account_email\": \"a@b.c\"}"),
        Arguments.of(
            GcpServiceAccountAuth.key("a@b.c", secret("sa")),
            "gcp_service_account_key",
            "{\"service_account_email\": \"a@b.c\", \"service_account_key\": \"CANARY-sa\"}"),
        Arguments.of(
            GcpBucketAuth.hmacKeys("GOOG", secret("hmac")),
            "gcs_hmac_keys",
            "{\"access_key\": \"GOOG\", \"secret\": \"CANARY-hmac\"}"),
        Arguments.of(
            AbsBucketAuth.storageAccountAccessKey(secret("abs")),
            "azure_storage_account_access_key",
            "{\"storage_account_access_key\": \"CANARY-abs\"}"),
        Arguments.of(
            IcebergRestAuth.bearerToken(secret("t")),
            "oauth_bearer_token_auth",
            "{\"password\": \"CANARY-t\"}"),
        Arguments.of(
            IcebergRestAuth.clientSecret("c", secret("cs")),
            "oauth_client_secret_auth",
            "{\"client_id\": \"c\", \"client_secret\": \"CANARY-cs\"}"),
        Arguments.of(FileFormat.parquet(), "parquet", null),
        Arguments.of(FileFormat.csv(), "csv", null),
        Arguments.of(FileFormat.csv("\t"), "csv", "{\"delimiter\": \"\\t\"}"),
        Arguments.of(StagingBucket.implicit(), "bucket_implicit", null),
        Arguments.of(
            S3Bucket.of("b", "r"),
            "bucket_s3",
            "{\"bucket_name\": \"b\", \"bucket_region\": \"r\"}"),
        Arguments.of(GcsBucket.named("b"), "bucket_gcs", "{\"bucket_name\": \"b\"}"),
        Arguments.of(Metastore.unityCatalog(), "unity_catalog", null),
        Arguments.of(
            Metastore.hive(StagingBucket.implicit()),
            "hive",
            "{\"bucket_vendor\": \"bucket_implicit\"}"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("options")
  void optionWritesItsNameAndSiblingObject(ChoiceOption option, String name, String bodyJson) {
    assertThat(option.optionName()).isEqualTo(name);
    if (bodyJson == null) {
      assertThat(option.optionBody()).isNull();
    } else {
      assertThat(tree(option.optionBody())).isEqualTo(json(bodyJson));
    }
  }
}
