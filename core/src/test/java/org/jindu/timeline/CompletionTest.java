package org.jindu.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompletionTest {
    @Test
    void saysCompleted() {
        assertTrue(Completion.says("平台建设和系统测试工作已完成，准备开展培训。"));
        assertTrue(Completion.says("已全面完成建设并投入使用"));
        assertTrue(Completion.says("东风高中项目完成设计"));
        assertTrue(Completion.says("全部完成"));
    }

    @Test
    void negatedOrPendingIsNotCompleted() {
        assertFalse(Completion.says("项目尚未完成招标"));
        assertFalse(Completion.says("未完成"));
        assertFalse(Completion.says("部分项目没有完成"));
        assertFalse(Completion.says("年底前难以完成"));
        assertFalse(Completion.says("待完成验收"));
        assertFalse(Completion.says("尚未全部完成"));
    }

    @Test
    void measuresOfCompletionAreNotCompletion() {
        assertFalse(Completion.says("完成率达到85%"));
        assertFalse(Completion.says("按完成时限推进"));
        assertFalse(Completion.says("完成情况良好"));
        assertFalse(Completion.says(null));
        assertFalse(Completion.says("正在开展系统测试"));
    }

    @Test
    void oneSayingIsEnough() {
        assertTrue(Completion.says("一期未完成，二期已完成"));
    }
}
