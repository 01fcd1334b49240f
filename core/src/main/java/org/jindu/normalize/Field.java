package org.jindu.normalize;

import java.util.List;

/**
 * What a column of the genre holds, with the header texts seen for it (the genre's column names).
 * A column whose header names none of these is kept by its header in {@code extra}. The vocabulary
 * lives here, outside assembly, so that a reader can find a table without rules by its header
 * ({@link HeaderNames#isHeaderRow}) and still know nothing of records.
 */
public enum Field {
    SEQ(List.of("序号", "编号")),
    SOURCE(List.of("来源", "任务来源", "文件依据", "项目来源")),
    CONTENT(List.of("工作内容", "工程内容", "主要内容", "目标任务", "工作任务", "重点任务", "任务内容",
            "项目名称", "建议提案内容", "工作目标", "目标内容", "事项内容")),
    DEPARTMENTS(List.of("工作部门及负责人", "责任单位", "牵头单位", "责任部门", "配合单位", "责任领导", "责任人",
            "联系方式", "承办单位", "主办单位", "工作部门")),
    PROGRESS(List.of("工作进展情况", "进展情况", "完成情况", "落实情况", "推进情况", "办理情况", "工作进展",
            "完成进度情况")),
    /** Known other columns, kept by name: listed so that a header made only of them is still recognised. */
    EXTRA(List.of("完成时限", "时间节点", "存在问题", "下步打算", "存在问题及下步打算", "完成进度", "备注",
            "下一步工作打算", "下步工作打算"));

    private final List<String> headers;

    Field(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /** The header texts seen for this field, without spaces. */
    public List<String> headers() {
        return headers;
    }
}
