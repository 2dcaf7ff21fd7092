package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.described;
import static io.mcdewey.parse.markdown.MarkdownParserTest.operation;
import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static io.mcdewey.parse.markdown.MarkdownParserTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reference in Chinese: its labels, full-width colons, column names and required marks. */
class ChineseLabelsTest {

  @Test
  void readsAMethodAndAPathUnderTheirLabelsWithTheirParametersAndStatuses() {
    Api api = parse("""
        # 狗舍接口

        ## 获取狗舍

        ### 请求类型
        GET

        ### 请求 URL
        /v1/kennels

        ### 请求参数

        | 名称 | 类型 | 是否必须 | 描述 |
        | :--- | :--- | :--- | :--- |
        | size | int | 否 | 每页条数 |
        | city | string | 是 | 城市 |

        ### 错误编码

        | 错误代码 | 描述 |
        | :--- | :--- |
        | 200 | OK |
        | 404 | Not Found |

        ## 创建狗舍

        - **接口方法：** POST
        - **接口地址：** /v1/kennels

        | 参数名称 | 类型 | 出现要求 | 描述 |
        | :--- | :--- | :--- | :--- |
        | name | string | R | 名字 |
        | note | string | O | 备注 |
        """);

    assertEquals(List.of("size query false", "city query true"), described(operation(api, "GET", "/v1/kennels")));
    assertEquals(List.of(200, 404), statuses(operation(api, "GET", "/v1/kennels")));
    assertEquals(List.of("name body true", "note body false"), described(operation(api, "POST", "/v1/kennels")));
  }

  @Test
  void readsNamesUnderALabelNumberedAsAStepEachWithWhatIsSaidOfIt() {
    Api api = parse("""
        ### 3 获取关注者

        * 1 调用方式

            url地址：https://{domain}/v1/user/follower

            请求方式：*GET*

        * 2 输入参数

            pageSize:可选，每页条数

            token //必须

        * 3 请求消息体

            无
        """);

    assertEquals(List.of("pageSize query false", "token query true"),
        described(operation(api, "GET", "/v1/user/follower")));
  }

  @Test
  void aYapiExportGivesItsPathAndMethodUnderLabelsAndItsTablesUnderPlaceCaptions() {
    Api api = parse("""
        ### 登陆

        #### 基本信息

        **Path：** /v1/login

        **Method：** POST

        #### 请求参数
        **Headers**

        | 参数名称  | 参数值  |  是否必须 | 示例  | 备注  |
        | ------------ | ------------ | ------------ | ------------ | ------------ |
        | Content-Type  |  application/json | 是  |   |   |
        **Query**

        | 参数名称  |  是否必须 | 示例  | 备注  |
        | ------------ | ------------ | ------------ | ------------ |
        | lang | 否  |  zh |  语言 |

        **Body**

        <table>
          <thead><tr><th key=name>名称</th><th key=type>类型</th><th key=required>是否必须</th></tr></thead>
          <tbody>
          <tr><td>phone</td><td>string</td><td>必须</td></tr>
          <tr><td>code</td><td>string</td><td>非必须</td></tr>
          </tbody>
        </table>
        """);

    assertEquals(List.of("lang query false", "Content-Type header true", "phone body true", "code body false"),
        described(operation(api, "POST", "/v1/login")));
  }

  @Test
  void readsTheMethodUnderItsOneWordLabelAfterTheUrlsInBullets() {
    Api api = parse("""
        ### 1.1 登录
        - **URL**：`/auth/login`
        - **方法**：`POST`
        - **请求体**：
          ```json
          {"username": "用户名"}
          ```
        - **成功响应**（200）：
          ```json
          {"code": 200}
          ```
        - **失败响应**（401）：
          ```json
          {"code": 401}
          ```

        ### 1.2 应用列表
        - **URL**：`/app`
        - **方法**：`GET`（只读）
        - **查询参数**：`page=1&size=10`
        """);

    assertEquals(List.of(200, 401), statuses(operation(api, "POST", "/auth/login")));
    assertEquals(List.of("page query null", "size query null"), described(operation(api, "GET", "/app")));
  }

  @Test
  void aTableOfTheDocumentsDetailsNamedInWordsOfAnotherScriptNamesNoParameter() {
    Api api = parse("""
        ## 接口基本信息

        | 参数 | 描述 |
        | --- | --- |
        | 接口名称 | 用户接口 |
        | 版本号 | 1.0 |

        ## 用户登录接口

        接口地址：/api/login

        请求方法：POST

        | 参数名 | 类型 | 是否必填 | 描述 |
        | --- | --- | --- | --- |
        | username | String | 是 | 用户名 |
        """);

    assertEquals(List.of("username body true"), described(operation(api, "POST", "/api/login")));
  }

  @Test
  void wordsInParenthesesGluedToALabelQualifyItAndAFieldTypedInAnotherScriptIsOne() {
    Api api = parse("""
        ## 查询订单
        请求方式：GET
        请求URL（生产）：https://api.example.com/v1/order/query

        | 参数 | 类型 | 必填 | 说明 |
        | --- | --- | --- | --- |
        | 统一社会信用代码 | string | 是 | 代码 |

        ## 取消订单
        请求方式：POST
        请求URL（生产）：https://api.example.com/v1/order/cancel
        """);

    assertEquals(List.of("GET /v1/order/query", "POST /v1/order/cancel"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
    assertEquals(List.of("统一社会信用代码 query true"), described(operation(api, "GET", "/v1/order/query")));
  }
}
