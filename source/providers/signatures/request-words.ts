// The words for a request refused for what it asks (its shape, a parameter, its length) or for what it
// says (content moderation): not the key, not the money.

/**
 * A service's content moderation refusing what the request says, whoever pays for it: DeepSeek's
 * "Content Exists Risk" (400); Azure's content filter, code `content_filter`, "…triggering
 * Microsoft's content management policy", inner code `ResponsibleAIPolicyViolation`; Model
 * Studio's, code `data_inspection_failed`: "Input data may contain inappropriate content"; "可能包含
 * 不安全或敏感内容"; a new-api gateway's own word list, checked before any upstream is asked:
 * "Sensitive words detected", code `sensitive_words_detected`, sent with 500; a guardrail set on
 * the key or workspace blocking the prompt before any provider, OpenRouter's 403 "Request blocked:
 * prompt injection patterns detected" (its errors page; "Request blocked" alone may be a firewall).
 * Volcengine Ark's 400 InputTextRiskDetection "The request could not be processed because the input text includes
 * sensitive content that violates ContentSecurityDetection." (and its image and output twins, its error-code page), and
 * Tencent Cloud TokenHub's 451 content_filter_error "content was filtered by safety policy" (its error-codes page).
 * The words the request holds are what to change (the prompt, a file, earlier turns sent again),
 * not its length.
 */
export const moderationWords =
	/content exists risk|\bprompt[\s_-]+injection\b|\bblocked\s+by\s+(?:a\s+|the\s+)?guardrails?\b|\bcontent[\s_-]+filter\b|\bcontent\s+management\s+policy\b|\bResponsibleAIPolicyViolation\b|可能包含不安全或敏感内容|\bmay\s+contain\s+unsafe\s+or\s+sensitive\s+content\b|\bmay\s+contain\s+inappropriate\s+content\b|\bsensitive[\s_-]+words?[\s_-]+detected\b|\bincludes?\s+sensitive\s+content\b|\bContentSecurityDetection\b|\b(?:Input|Output)(?:Text|Image|Video)RiskDetection\b|\bcontent\s+(?:was|has\s+been|is)\s+filtered\s+by\b|\bcontent_filter_error\b/i;

/**
 * The request itself is refused for what it asks, whoever pays for it: a conversation
 * longer than the model's context ("maximum context length"; OpenCode Zen's "The input (N
 * tokens) is longer than the model's context length (M tokens)"; Baidu Qianfan's 400 tokens_too_long "Prompt tokens
 * too long", its error-code page), a max_tokens out of range, content the service will not
 * process (moderationWords, read first), a request that names no model ("No model specified in request", Azure's
 * model-inference endpoint), messages in an order the model does not
 * take ("the role of last message …", Baidu Qianfan; DeepSeek's "The last message of deepseek-reasoner
 * must be a user message, or an assistant message with prefix mode on"; user and assistant turns that do not alternate:
 * Perplexity's "user and assistant roles should be alternating", Tencent Hunyuan's "角色需交替出现"), a request over a free tier's size (GitHub Models'
 * 413 "Request body too large"), a body DeepSeek cannot read as a chat request ("Failed to
 * deserialize the JSON body": content sent as a list where it wants a string; "Failed to parse
 * the request body as JSON"; the same content in a backend's words: Python's "sequence item 1: expected
 * str instance, list found", NVIDIA NIM's 500 for DeepSeek V4 Pro to an older Kilo Code, gone once Kilo
 * sent text, Kilo-Org/kilocode#9583, which had read as a failure to retry; ModelScope's "The content
 * field's type should be `str` in messages", modelscope/modelscope#1478), a parameter
 * that fails validation ("Invalid 'user_id': …"), or a conversation whose tool-call turns are
 * out of order or incomplete: tool_calls not followed by a tool answer for each call, a tool
 * message with no tool_calls before it, a thinking-mode turn sent back without its reasoning
 * ("must be passed back", DeepSeek's "Missing `reasoning_content` field", Moonshot's
 * "reasoning_content is missing"), a feature the model does not offer ("deepseek-reasoner
 * does not support successive user or assistant messages", "… does not support Json Output",
 * "… does not support the parameter `presence_penalty`"), or a parameter error named by its
 * code (`InvalidParameter`: Volcengine Ark, and Model Studio's and ModelScope's
 * "InternalError.Algo.InvalidParameter" with code `invalid_parameter_error`) or in Ark's words
 * for it, which clients show without the code ("One or more parameters specified in the
 * request are not valid", "The parameter `max_tokens` specified in the request are not
 * valid"), or AWS's error type for a request that fails validation (`ValidationException`:
 * Amazon Bedrock's "User messages cannot contain reasoning content", as botocore and the
 * SDKs name it), or two parameters the service will not take together (OpenCode's "cannot
 * specify both 'thinking' and 'reasoning_effort'" for DeepSeek V4), or a parameter the path
 * does not take, named by OpenAI's code for it (`unsupported_parameter`: DeepSeek V4.1's
 * "\"thinking\" is not supported on /v1/chat/completions"), or a tool declared with a
 * schema the API does not take ("Invalid schema for function 'x': schema must be a JSON Schema
 * of 'type: "object"'", DeepSeek to Kilo Code), or a required parameter left out, by its code
 * (Volcengine Ark's `MissingParameter` "The request failed because it is missing one or multiple
 * required parameters", lobehub/lobehub#6234; OpenAI's and Model Studio's
 * `missing_required_parameter` "you must provide a messages parameter", InternLM/MindSearch#307)
 * or those words, or a parameter named as required ("max_tokens is required", Kindo's Messages API
 * errors page, which had read as a wrong address; not a key or token, which the key rules read),
 * or a `response_format` the API does not offer (DeepSeek's "This
 * response_format type is unavailable now" for `json_schema`: llm-exe/llm-exe#662,
 * bytedance/deer-flow#545, Oakshen/crypto-trading-bot#24, which had read as no clear cause), or a
 * field the request's validation does not allow (pydantic's `extra_forbidden`, "Extra inputs are
 * not permitted": a `strict` on each tool's function in OpenDeepWiki's DeepSeek-V3 calls,
 * AIDotNet/OpenDeepWiki#134, the shape Huawei Cloud MaaS documents for it, which had read as a
 * wrong address), or Zhipu's code 1210 "API 调用参数有误，请检查文档。" (the API call's parameters are
 * wrong), passed on by ModelScope's Anthropic-compatible path to Claude Code (modelscope/modelscope#1495,
 * which had read as a wrong address), or Baidu Qianfan's code `malformed_json` (its 400 "Invalid Argument" for a
 * body that is not JSON, its error-code page), or a field named as invalid in a validator's words ("field
 * Thinking.BudgetTokens invalid, should be in (-∞, 1024]", SenseNova's DeepSeek V4 to Claude Code through CC
 * Switch, farion1231/cc-switch#6419): both had read as a wrong address on a relay's host. The key and the
 * money are fine; the app must send something else. Also "do not support" as well as "does not"
 * (a service's 400 "Model do not support image input. Request id: 0217…" to OpenCode,
 * anomalyco/opencode#47994), and a gateway's "invalid request, please check your request body"
 * (a relay passing on its upstream's 400 to an image sent to DeepSeek,
 * Dooy/chatgpt-web-midjourney-proxy#628): both had read as a wrong address on a relay's host.
 * A validator's own name for the request's failure, "Body validation error!" and "Query validation error!" (AI/ML
 * API's 400 for parameters that do not fit the model's schema, its errors page), which had read as a wrong address.
 * A value out of a parameter's range in a validator's words: SambaNova's 400 "Decimal above maximum value. Expected a
 * value between 0 and 1, but got 100 instead." (code `decimal_above_max_value`, param `top_p`, its error-codes page's
 * example), and its other codes of that form (`integer_below_min_value`…), which had read as a wrong address.
 * DeepSeek's bare 422 "Invalid Parameters"
 * is not such a code: a service that is not the chat API the user meant may say it to any call.
 *
 * Zhipu's content filter, code 1301 "系统检测到输入或生成内容可能包含不安全或敏感内容…" (its error-code page,
 * docs.bigmodel.cn/cn/faq/api-code; "[1301][…]" as ZCode showed it, zai-org/feedback#516; English "…may contain
 * unsafe or sensitive content"), is the content of the request, like Azure's content filter.
 *
 * A parameter out of the model's range or content it cannot take, in OpenAI's words that
 * gateways pass on after their own: "max_tokens is too large: 384000. This model supports
 * at most 131072 completion tokens", "Model only supports text input; received unsupported
 * content type 'image_url'" (OpenCode Go, anomalyco/opencode#43802, proma-ai/Proma#1794,
 * which had read as its bare "Upstream request failed"), and "Invalid type for 'tools.23',
 * expected an json object" (a new-api gateway to Claude Code, QuantumNous/new-api#5380,
 * which had read as a wrong address).
 *
 * Also DeepSeek's other refusals of a request's shape, which had read as no clear cause: a tool
 * call and its output not paired as its Responses endpoint wants them ("No tool output found for
 * tool call call_…" when another item sits between them, deepseek-ai/DeepSeek-V3#1588; "No tool
 * call found for tool output with call_id …", TheManuelML/obsidian-agent#12), an assistant turn
 * with neither content nor tool calls ("Invalid assistant message: content or tool_calls must be
 * set", carlrobertoh/ProxyAI#830), a beta feature asked of the ordinary base URL ("prefix is only
 * available when using beta api (set base_url=\"https://api.deepseek.com/beta\")", through
 * LiteLLM, BerriAI/litellm#4881), and JSON output asked for by a prompt that never says "json"
 * ("Prompt must contain the word 'json' in some form to use 'response_format' of type
 * 'json_object'", the AI SDK's generateObject, vercel/ai#7913).
 *
 * And the turns of a conversation as the Anthropic-style validation words them (DeepSeek's own
 * answers, and Anthropic's, which tools that pair Claude with DeepSeek meet): an empty turn
 * ("messages.1335: all messages must have non-empty content", DeepSeek V4 Pro in OpenCode,
 * anomalyco/opencode#38654; Anthropic's "… except for the optional final assistant message" to
 * DeepClaude, ErlichLiu/DeepClaude#50), a tool call sent twice ("messages.135.content.3: `tool_use`
 * ids must be unique", vastsa/PI-Desktop#718), and DeepSeek's "The first message (except the
 * system message) of deepseek-reasoner must be a user message" (classfang/AIHub#20), whose words
 * between "first message" and "must be" are longer than the last message's. All had read as no
 * clear cause (the Anthropic one as "not DeepSeek's API").
 *
 * The thinking content is `reasoning_content` on the chat endpoint and `content[].thinking`
 * on the Anthropic one; both "must be passed back". The Anthropic endpoint's twin of
 * "Missing `reasoning_content` field" is "Missing thinking block in the assistant message".
 */
export const requestShapeWords =
	/maximum context length|\bprompt\s+tokens?\s+(?:is\s+|are\s+)?too\s+long\b|\blonger\s+than\s+the\s+model\W?s\s+context\s+length\b|context[\s_-]+(?:length|window)[\s_-]+(?:exceeded|is exceeded)|\bcontext_length_exceeded\b|invalid max_tokens|valid range of max_tokens|request body too large|failed\s+to\s+(?:deserialize\s+the\s+json|parse\s+the\s+request)\s+body|\bexpected\s+str\s+instance,\s+list\s+found\b|\bcontent\s+field\W?s\s+type\s+should\s+be\b|\binvalid\s+'[\w.[\]]+':|\binvalid\s+type\s+for\s+'[\w.[\]]+'|\bmax_tokens\s+is\s+too\s+large\b|\bsupports\s+at\s+most\s+\d+\s+completion\s+tokens\b|\bonly\s+supports\s+text\s+input\b|(?:reasoning_content|thinking)\b[^.\n]{0,60}?\bpassed back|\bmissing\s+\W?reasoning_content\b|\bmissing\s+thinking\s+block\b|\breasoning_content\W?\s+is\s+missing\b|\bmust\s+be\s+followed\s+by\s+tool\s+messages\b|\bmust\s+be\s+a\s+response\s+to\s+a\s+precee?ding\s+message\b|\bno\s+model\s+specified\b|\brole\s+of\s+(?:the\s+)?(?:last|first)\s+message\b|\b(?:last|first)\s+message\b[^.\n]{0,60}?\bmust\s+be\s+(?:an?\s+)?(?:user|assistant|system)\b|\ball\s+messages\s+must\s+have\s+non-empty\s+content\b|\btool_use\W?\s+ids\s+must\s+be\s+unique\b|\b(?:roles?|conversation)\b[^.\n]{0,40}?\b(?:must|should)\s+(?:be\s+)?alternat(?:e|ing)\b|\bappear\s+alternately\b|角色需?交替|\bno\s+tool\s+(?:output|call)\s+found\s+for\s+(?:the\s+)?tool\s+(?:call|output)\b|\binvalid\s+assistant\s+message\b|\bcontent\s+or\s+tool_calls\s+must\s+be\s+set\b|\bonly\s+available\s+when\s+using\s+(?:the\s+)?beta\s+api\b|\bmust\s+contain\s+the\s+word\s+\W?json\b/i;
export const requestWords = new RegExp(
	`${requestShapeWords.source}|\\bdo(?:es)?\\s*(?:n[o'’]t|\\s+not)\\s+support\\b|\\bplease\\s+check\\s+your\\s+request\\s+body\\b|\\binvalid\\s+request\\s+body\\b|\\bInvalidParameter(?:Value)?\\b|\\binvalid_parameter(?:_error|_value)?\\b|\\bspecified\\s+in\\s+the\\s+request\\s+(?:is|are)\\s+not\\s+valid\\b|\\bValidationException\\b|\\bcannot\\s+specify\\s+both\\b|\\bunsupported[\\s_]parameter\\b|\\binvalid\\s+schema\\s+for\\s+function\\b|\\bMissingParameter\\b|\\bmissing_required_parameter\\b|\\bmissing\\s+one\\s+or\\s+(?:multiple|more)\\s+required\\s+parameters\\b|\\bmust\\s+provide\\s+an?\\s+\\w+\\s+parameter\\b|\\b(?!\\w*(?:key|token)\\b)[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\s+is\\s+required\\b|\\b(?:model|messages|prompt|input)\\s+is\\s+required\\b|\\bresponse_format\\b[^.\\n]{0,40}?\\bunavailable\\b|\\bextra_forbidden\\b|\\bextra\\s+inputs\\s+are\\s+not\\s+permitted\\b|(?:调用|请求)参数有误|\\bmalformed_json\\b|\\bfield\\s+[\\w.[\\]]+\\s+(?:is\\s+)?invalid\\b|\\b(?:body|query|request|payload)\\s+validation\\s+(?:error|failed)\\b|\\b(?:integer|decimal|number|float|value)\\s+(?:above|below)\\s+(?:the\\s+)?(?:maximum|minimum)\\s+value\\b|\\b[a-z]+_(?:above|below)_(?:max|min)_value\\b|\\bexpected\\s+a\\s+value\\s+between\\b`,
	'i',
);
